/**
 * The behaviour of one field type: reading and checking its inputs, turning a
 * stored answer back into input values, and formatting it for people to read.
 */
import type { SingleValue } from './body-values.js';
import type {
  AnswerValue,
  FieldDefinition,
  FieldError,
  FormBody,
  InputValues,
} from './types.js';

export type DatePart = 'day' | 'month' | 'year';

/** Result of checking one field: its canonical value, or one error. */
export type CheckResult =
  | { ok: true; value: AnswerValue | undefined }
  | { ok: false; error: FieldError };

/** Values a check needs besides the field and the body. */
export interface CheckContext {
  /** The date "today" is, for past and future rules. Read in local time. */
  today: Date;
}

export interface FieldKind<F extends FieldDefinition> {
  /** Names of the inputs the field posts, in page order. */
  inputNames(field: F): string[];
  /** Whether the field posts several values under one name (checkboxes). */
  isList?: boolean;
  /**
   * Checks the field's inputs in `body`. Implementations must not throw on
   * any body content, because bodies come from the network.
   */
  check(field: F, body: FormBody, context: CheckContext): CheckResult;
  /**
   * Input values that show a stored answer, or {} for an answer of the wrong
   * shape.
   */
  toInputValues(field: F, value: AnswerValue): InputValues;
  /**
   * Plain text for the check answers page, or '' for an answer of the wrong
   * shape.
   */
  format(field: F, value: AnswerValue): string;
}

export function accept(value: AnswerValue | undefined): CheckResult {
  return { ok: true, value };
}

/**
 * Returns a failed result. The error links to the field's input, or for a date
 * to the first part in error.
 */
export function reject(
  field: FieldDefinition,
  text: string,
  parts?: DatePart[],
): CheckResult {
  const error: FieldError = { field: field.name, text, href: `#${field.name}` };
  if (parts !== undefined && parts.length > 0) {
    error.parts = parts;
    error.href = `#${field.name}-${parts[0]}`;
  }
  return { ok: false, error };
}

/**
 * Returns the result for a single-value input that has no usable text: an
 * optional field left empty is unanswered, and anything else (an empty
 * required field, or several values) fails with `requiredText`.
 */
export function resultWithoutText(
  field: FieldDefinition,
  input: Exclude<SingleValue, { kind: 'value' }>,
  requiredText: string,
): CheckResult {
  if (input.kind === 'empty' && field.optional === true) {
    return accept(undefined);
  }
  return reject(field, requiredText);
}

/** Input names of a field that posts one input named after itself. */
export function ownName(field: FieldDefinition): string[] {
  return [field.name];
}

/** Input values for a field whose answer is stored as the text to show. */
export function textInputValues(
  field: FieldDefinition,
  value: AnswerValue,
): InputValues {
  return typeof value === 'string' ? { [field.name]: value } : {};
}

/** Formats an answer that is stored as the text to show. */
export function formatText(_field: FieldDefinition, value: AnswerValue): string {
  return typeof value === 'string' ? value : '';
}
