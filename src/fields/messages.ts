/** GOV.UK-style error messages built from a field's `errorName` and `messages`. */
import type { FieldDefinition } from './types.js';

/**
 * Returns the words that name the field inside a message, such as "date of
 * birth" in "Enter date of birth".
 *
 * Without an `errorName` this is the label with its first letter lowered,
 * unless the label starts with an acronym ("UK address") or a proper noun
 * written as two capitalised words ("National Insurance number").
 */
export function errorNameOf(field: FieldDefinition): string {
  if (field.errorName !== undefined && field.errorName.trim() !== '') {
    return field.errorName;
  }
  const label = field.label.trim();
  const [firstWord = '', secondWord = ''] = label.split(/\s+/);
  const isAcronym = (firstWord.match(/\p{Lu}/gu) ?? []).length > 1;
  const isProperNoun = /^\p{Lu}/u.test(secondWord);
  if (isAcronym || isProperNoun) {
    return label;
  }
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Returns `text` with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Returns the field's own message for `kind` if it has one, else `defaultText`. */
export function messageFor(
  field: FieldDefinition,
  kind: string,
  defaultText: string,
): string {
  return field.messages?.[kind] ?? defaultText;
}

/** "Enter …", the usual message for an empty text-like field. */
export function enterMessage(field: FieldDefinition): string {
  return messageFor(field, 'required', `Enter ${errorNameOf(field)}`);
}

/** "… must be N characters or less". */
export function tooLongMessage(field: FieldDefinition, maxLength: number): string {
  return messageFor(
    field,
    'tooLong',
    `${capitalise(errorNameOf(field))} must be ${maxLength} characters or less`,
  );
}
