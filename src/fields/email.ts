/** An email address. */
import isEmailModule from 'validator/lib/isEmail.js';
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
import type { EmailField } from './types.js';

// Only this check is imported: the whole validator package takes about 20 ms to load at start-up.
const isEmail = isEmailModule.default;

// RFC 5321 limits a forward path to 256 octets including angle brackets.
// Longer input is rejected before the address pattern runs on it.
const MAX_EMAIL_LENGTH = 254;

export const emailKind: FieldKind<EmailField> = {
  inputNames: ownName,

  check(field, body) {
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, enterMessage(field));
    }
    const address = input.text;
    const isValid =
      address.length <= MAX_EMAIL_LENGTH &&
      isEmail(address, { allow_display_name: false, require_tld: true });
    if (!isValid) {
      return reject(
        field,
        messageFor(
          field,
          'invalid',
          'Enter an email address in the correct format, like name@example.com',
        ),
      );
    }
    return accept(lowerCaseDomain(address));
  },

  toInputValues: textInputValues,
  format: formatText,
};

/**
 * Lowers the domain, which is case-insensitive. The local part keeps its case,
 * because a mail server may treat it as case-sensitive.
 */
function lowerCaseDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return address.slice(0, at) + address.slice(at).toLowerCase();
}
