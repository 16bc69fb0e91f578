/**
 * A person's full name in one input, as GOV.UK recommends: any characters are
 * allowed, because names do not follow rules.
 */
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
import type { FullNameField } from './types.js';

/** Limit when the author sets none. */
export const DEFAULT_FULL_NAME_MAX_LENGTH = 100;

export const fullNameKind: FieldKind<FullNameField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    const name = input.text.replace(/\s+/g, ' ');
    const maxLength = field.maxLength ?? DEFAULT_FULL_NAME_MAX_LENGTH;
    if (name.length > maxLength) {
      return reject(field, tooLongMessage(field, maxLength));
    }
    return accept(name);
  },

  toInputValues: textInputValues,
  format: formatText,
};
