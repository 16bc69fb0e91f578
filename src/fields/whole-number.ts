/**
 * A whole number within inclusive limits, such as the number of people in a
 * household. Thousands commas are allowed ("1,200"). The canonical value is a
 * number.
 */
import { readSingle } from './body-values.js';
import {
  accept,
  ownName,
  reject,
  resultWithoutText,
  type FieldKind,
} from './field-kind.js';
import { capitalise, enterMessage, errorNameOf, messageFor } from './messages.js';
import type { NumberField } from './types.js';

const WHOLE_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)$/;
const DECIMAL_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)?\.\d+$/;
// Longer input would lose precision as a JavaScript number.
const MAX_INPUT_LENGTH = 20;

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });

export const wholeNumberKind: FieldKind<NumberField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    const name = capitalise(errorNameOf(field));
    const text = input.text;
    if (text.length <= MAX_INPUT_LENGTH && DECIMAL_NUMBER.test(text)) {
      return reject(
        field,
        messageFor(field, 'wholeNumber', `${name} must be a whole number`),
      );
    }
    if (text.length > MAX_INPUT_LENGTH || !WHOLE_NUMBER.test(text)) {
      return reject(
        field,
        messageFor(field, 'invalid', `${name} must be a number`),
      );
    }

    // `|| 0` turns "-0" into 0.
    const number = Number(text.replaceAll(',', '')) || 0;
    if (number < field.min || number > field.max) {
      const kind = number < field.min ? 'belowMin' : 'aboveMax';
      const min = numberFormat.format(field.min);
      const max = numberFormat.format(field.max);
      return reject(
        field,
        messageFor(field, kind, `${name} must be between ${min} and ${max}`),
      );
    }
    return accept(number);
  },

  toInputValues(field, value) {
    return typeof value === 'number' && Number.isFinite(value)
      ? { [field.name]: String(value) }
      : {};
  },

  format(_field, value) {
    return typeof value === 'number' && Number.isFinite(value)
      ? numberFormat.format(value)
      : '';
  },
};
