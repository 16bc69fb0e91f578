/**
 * A UK phone number, landline or mobile.
 *
 * The canonical value is E.164, such as "+447700900982", so that the same
 * number typed in different ways is stored once. People see it in national
 * format, such as "07700 900982".
 */
import { createRequire } from 'node:module';
import type { PhoneNumber } from 'libphonenumber-js/max';

import { readSingle } from './body-values.js';
import {
  accept,
  ownName,
  reject,
  resultWithoutText,
  type FieldKind,
} from './field-kind.js';
import { enterMessage, messageFor } from './messages.js';
import type { AnswerValue, PhoneField } from './types.js';

// Digits, spaces, brackets such as "(0)", dashes, dots and a leading plus.
// Letters are rejected here because libphonenumber-js would read "ext" or
// "x" as an extension and drop other letters silently.
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
const MAX_PHONE_LENGTH = 30;

const UK_CALLING_CODE = '44';

type PhoneLibrary = typeof import('libphonenumber-js/max');
let phoneLibrary: PhoneLibrary | undefined;

/**
 * Parses a number with libphonenumber-js, which is loaded on the first call:
 * its 'max' metadata took about 40 ms of every start-up as an ES module,
 * although most pages never check a phone number. Its CommonJS build loads in
 * about half that time, and require() is synchronous, as validation is.
 */
function parsePhoneNumberFromString(text: string, country: 'GB'): PhoneNumber | undefined {
  phoneLibrary ??= createRequire(import.meta.url)('libphonenumber-js/max') as PhoneLibrary;
  return phoneLibrary.parsePhoneNumberFromString(text, country);
}

/**
 * National numbers in ranges that Ofcom keeps for use in TV and radio drama,
 * which libphonenumber-js 1.13 'max' metadata reports as not valid: 01632
 * 960xxx, 07700 900xxx and 0115 496 0xxx. Examples and test data use them,
 * so they are accepted as well as every number that metadata calls valid.
 * NOTE: the 0115 range was written from memory of Ofcom's drama table and
 * not checked against a copy of it.
 */
const DRAMA_NUMBER = /^(?:1632960|7700900|1154960)\d{3}$/;

export const phoneKind: FieldKind<PhoneField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    const invalidText = messageFor(
      field,
      'invalid',
      'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
    );
    const text = input.text;
    if (text.length > MAX_PHONE_LENGTH || !PHONE_CHARACTERS.test(text)) {
      return reject(field, invalidText);
    }
    const number = parsePhoneNumberFromString(text, 'GB');
    if (number === undefined) {
      return reject(field, invalidText);
    }
    if (number.countryCallingCode !== UK_CALLING_CODE) {
      return reject(
        field,
        messageFor(
          field,
          'notUk',
          'Enter a UK phone number, starting with 0 or +44',
        ),
      );
    }
    if (!isAcceptedUkNumber(number)) {
      return reject(field, invalidText);
    }
    return accept(number.number);
  },

  toInputValues(field, value) {
    const national = nationalFormat(value);
    return national === '' ? {} : { [field.name]: national };
  },

  format(_field, value) {
    return nationalFormat(value);
  },
};

/**
 * Accepts numbers the 'max' metadata calls valid for +44, which also covers
 * Guernsey, Jersey and the Isle of Man, plus the drama ranges. Strict
 * validity (not only `isPossible`) is what rejects a mobile number with a
 * digit missing, because the UK has 10-digit landline numbers too.
 */
function isAcceptedUkNumber(number: PhoneNumber): boolean {
  return number.isValid() || DRAMA_NUMBER.test(number.nationalNumber);
}

function nationalFormat(value: AnswerValue): string {
  if (typeof value !== 'string') {
    return '';
  }
  const number = parsePhoneNumberFromString(value, 'GB');
  return number === undefined ? value : number.formatNational();
}
