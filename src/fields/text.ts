/** Free text on one line, such as a reference number or a street name. */
import { readSingle } from './body-values.js';
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
import type { TextField } from './types.js';

export const textKind: FieldKind<TextField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    if (field.maxLength !== undefined && input.text.length > field.maxLength) {
      return reject(field, tooLongMessage(field, field.maxLength));
    }
    return accept(input.text);
  },

  toInputValues: textInputValues,
  format: formatText,
};
