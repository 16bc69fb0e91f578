/** Radios and checkboxes: which options a body chooses, and their text. */
import { readList, readSingle } from './body-values.js';
import type { CheckboxesField, FormBody, Option, RadiosField } from './types.js';

/**
 * Returns the options that `body` chooses, in option order. Values that are
 * not options, and radios sent with several values, choose nothing.
 */
export function chosenOptions(
  field: RadiosField | CheckboxesField,
  body: FormBody,
): Option[] {
  if (field.type === 'radios') {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return [];
    }
    return field.options.filter((option) => option.value === input.text);
  }
  const values = new Set(readList(body, field.name));
  return field.options.filter((option) => values.has(option.value));
}

/**
 * Returns the text of the option with `value`, or `value` itself when no
 * option has it.
 */
export function optionText(
  field: RadiosField | CheckboxesField,
  value: string,
): string {
  if (field.type === 'checkboxes' && field.exclusive?.value === value) {
    return field.exclusive.text;
  }
  const option = field.options.find((candidate) => candidate.value === value);
  return option === undefined ? value : option.text;
}
