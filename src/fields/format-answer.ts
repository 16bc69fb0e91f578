import { kindOf } from './field-kinds.js';
import type { AnswerValue, FieldDefinition } from './types.js';

/**
 * Formats a canonical answer as plain text for the check answers page, such
 * as "1 March 1958", "£1,234.50" or "AB 12 34 56 C". Checkbox answers put one
 * option text on each line and textarea answers keep their line breaks, so
 * both can contain "\n". Returns '' for no answer or an answer of the wrong
 * shape. The text is not HTML-escaped.
 */
export function formatAnswer(
  field: FieldDefinition,
  value: AnswerValue | undefined,
): string {
  return value === undefined ? '' : kindOf(field).format(field, value);
}
