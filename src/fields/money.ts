/**
 * An amount of money in pounds, typed with or without "£", thousands commas
 * and pence.
 *
 * The canonical value is a number of pounds such as 1234.5. Pence are exact:
 * the amount is read as a whole number of pence and divided by 100, so
 * `Math.round(value * 100)` always returns the pence that were typed.
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
import type { AnswerValue, MoneyField } from './types.js';

// Optional minus, then either plain digits or digits grouped in threes with
// commas, then up to 2 decimal places. A decimal point with no whole pounds,
// such as ".50", is allowed.
const AMOUNT = /^(-?)(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d+))?$/;

/** Limits used when the author sets none. */
export const DEFAULT_MIN_POUNDS = 0;
// Keeps every amount in pence below Number.MAX_SAFE_INTEGER.
export const DEFAULT_MAX_POUNDS = 999_999_999_999.99;

const MAX_INPUT_LENGTH = 40;

const wholePounds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export const moneyKind: FieldKind<MoneyField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    const name = capitalise(errorNameOf(field));
    const invalidText = messageFor(
      field,
      'invalid',
      `${name} must be an amount in pounds, like £150 or £1,234.50`,
    );

    // "£" may come before or after a minus sign, with spaces after it.
    const text = input.text.replace(/^(-?)\s*£\s*/, '$1');
    const match = text.length <= MAX_INPUT_LENGTH ? AMOUNT.exec(text) : null;
    if (match === null) {
      return reject(field, invalidText);
    }
    const [, sign = '', whole = '', fraction] = match;
    if (whole === '' && fraction === undefined) {
      return reject(field, invalidText);
    }
    if (fraction !== undefined && fraction.length > 2) {
      return reject(
        field,
        messageFor(
          field,
          'decimals',
          `${name} must have no more than 2 numbers after the decimal point`,
        ),
      );
    }

    const pence =
      Number(whole.replaceAll(',', '') || '0') * 100 +
      Number((fraction ?? '').padEnd(2, '0'));
    // `|| 0` turns "-0" into 0.
    const pounds = (sign === '-' ? -pence : pence) / 100 || 0;
    const min = field.min ?? DEFAULT_MIN_POUNDS;
    const max = field.max ?? DEFAULT_MAX_POUNDS;
    if (pounds < min) {
      return reject(field, rangeMessage(field, 'belowMin', min, max));
    }
    if (pounds > max) {
      return reject(field, rangeMessage(field, 'aboveMax', min, max));
    }
    return accept(pounds);
  },

  toInputValues(field, value) {
    if (!isMoneyAnswer(value)) {
      return {};
    }
    const pence = Math.round(value * 100);
    const text =
      pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
    return { [field.name]: text };
  },

  format(_field, value) {
    return isMoneyAnswer(value) ? formatMoney(value) : '';
  },
};

/**
 * Formats pounds the GOV.UK way: "£1,234.50", and "£75" rather than "£75.00"
 * for whole pounds.
 */
export function formatMoney(pounds: number): string {
  const pence = Math.round(Math.abs(pounds) * 100);
  const sign = pounds < 0 ? '-' : '';
  const whole = wholePounds.format(Math.floor(pence / 100));
  const rest = pence % 100;
  const fraction = rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`;
  return `${sign}£${whole}${fraction}`;
}

/**
 * "… must be between £10 and £500" when the author set both limits, otherwise
 * "… must be £10 or more" or "… must be £500 or less". A default limit is not
 * named unless it is the one broken.
 */
function rangeMessage(
  field: MoneyField,
  kind: 'belowMin' | 'aboveMax',
  min: number,
  max: number,
): string {
  const name = capitalise(errorNameOf(field));
  let text: string;
  if (field.min !== undefined && field.max !== undefined) {
    text = `${name} must be between ${formatMoney(min)} and ${formatMoney(max)}`;
  } else if (kind === 'belowMin') {
    text = `${name} must be ${formatMoney(min)} or more`;
  } else {
    text = `${name} must be ${formatMoney(max)} or less`;
  }
  return messageFor(field, kind, text);
}

function isMoneyAnswer(value: AnswerValue): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
