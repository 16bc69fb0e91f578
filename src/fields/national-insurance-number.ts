/**
 * A National Insurance number, stored as 9 characters such as "AB123456C" and
 * shown in pairs such as "AB 12 34 56 C".
 */
import { readSingle } from './body-values.js';
import {
  accept,
  ownName,
  reject,
  resultWithoutText,
  type FieldKind,
} from './field-kind.js';
import { enterMessage, errorNameOf, messageFor } from './messages.js';
import type { AnswerValue, NationalInsuranceNumberField } from './types.js';

// HMRC does not use D, F, I, Q, U or V as the first letter, nor D, F, I, O,
// Q, U or V as the second. The suffix is A, B, C or D.
const NINO_PATTERN =
  /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;
// Prefixes that HMRC does not allocate although their letters are allowed.
const UNUSED_PREFIXES = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
const MAX_INPUT_LENGTH = 30;
// QQ 12 34 56 C is the example in GOV.UK hints. HMRC issues no number starting with Q, so this input was copied from the hint.
const EXAMPLE_PATTERN = /^QQ\d{6}[A-D]$/;

export const nationalInsuranceNumberKind: FieldKind<NationalInsuranceNumberField> =
  {
    inputNames: ownName,

    check(field, body) {
      const input = readSingle(body, field.name);
      if (input.kind !== 'value') {
        return resultWithoutText(field, input, enterMessage(field));
      }
      // People type spaces, dashes or dots between the pairs. NFKC turns
      // full-width letters and digits into plain ones, and invisible format
      // characters such as zero-width spaces are dropped.
      const compact = input.text.normalize('NFKC').replace(/[\s\p{P}\p{Cf}]/gu, '').toUpperCase();
      if (EXAMPLE_PATTERN.test(compact)) {
        return reject(
          field,
          messageFor(field, 'example', `Enter ${errorNameOf(field)}, not the example QQ 12 34 56 C`),
        );
      }
      if (input.text.length > MAX_INPUT_LENGTH || !isNino(compact)) {
        return reject(
          field,
          messageFor(
            field,
            'invalid',
            'Enter a National Insurance number in the correct format, like QQ 12 34 56 C',
          ),
        );
      }
      return accept(compact);
    },

    toInputValues(field, value) {
      const text = formatNino(value);
      return text === '' ? {} : { [field.name]: text };
    },

    format(_field, value) {
      return formatNino(value);
    },
  };

function isNino(compact: string): boolean {
  return NINO_PATTERN.test(compact) && !UNUSED_PREFIXES.has(compact.slice(0, 2));
}

function formatNino(value: AnswerValue): string {
  if (typeof value !== 'string') {
    return '';
  }
  const pairs = value.match(/^(..)(..)(..)(..)(.)$/);
  return pairs === null ? value : pairs.slice(1).join(' ');
}
