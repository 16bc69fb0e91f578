/**
 * Several lines of free text, shown with the GOV.UK character count.
 *
 * Length is counted in UTF-16 code units after line breaks become `\n`, which
 * is how the govuk-frontend character count counts in the browser.
 */
import { cleanMultiline, readSingle } from './body-values.js';
import {
  accept,
  formatText,
  ownName,
  reject,
  resultWithoutText,
  textInputValues,
  type FieldKind,
} from './field-kind.js';
import { enterMessage, tooLongMessage } from './messages.js';
import type { TextareaField } from './types.js';

export const textareaKind: FieldKind<TextareaField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name, cleanMultiline);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    if (input.text.length > field.maxLength) {
      return reject(field, tooLongMessage(field, field.maxLength));
    }
    return accept(input.text);
  },

  toInputValues: textInputValues,
  format: formatText,
};
