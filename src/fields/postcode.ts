/** A UK postcode, stored in upper case with one space, such as "SW2 1RW". */
import { OUTCODE_REGEX, isValid, toNormalised } from 'postcode';

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
import { enterMessage, messageFor } from './messages.js';
import type { PostcodeField } from './types.js';

// A postcode has at most 7 characters without its space, so input longer
// than this cannot be one, however many spaces it has.
const MAX_POSTCODE_LENGTH = 20;

export const postcodeKind: FieldKind<PostcodeField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    const compact = input.text.replace(/\s+/g, '').toUpperCase();
    const normalised =
      input.text.length <= MAX_POSTCODE_LENGTH && isValid(compact)
        ? toNormalised(compact)
        : null;
    if (normalised !== null) {
      return accept(normalised);
    }
    if (OUTCODE_REGEX.test(compact)) {
      return reject(
        field,
        messageFor(field, 'incomplete', 'Enter a full UK postcode'),
      );
    }
    return reject(field, messageFor(field, 'invalid', 'Enter a real postcode'));
  },

  toInputValues: textInputValues,
  format: formatText,
};
