import { createHmac, timingSafeEqual } from 'node:crypto';

/** Name of the cookie that shows a browser has signed in with the prototype password. */
export const authCookieName = 'journey-kit.auth';

/**
 * Returns the value of the sign-in cookie for a password: an HMAC-SHA256 of
 * the password keyed with the session secret, so the cookie never contains the
 * password, cannot be made without the secret, and stops working when the
 * password changes.
 */
export function authToken(password: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`journey-kit prototype password\n${password}`)
    .digest('base64url');
}

/** Compares two tokens in time that does not depend on where they differ. */
export function tokensMatch(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  const a = Buffer.from(actual);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads one cookie from a Cookie header, or undefined when it is absent or malformed. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
