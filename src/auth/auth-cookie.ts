import { createHmac, timingSafeEqual } from 'node:crypto';

/** Name of the cookie that shows a browser has signed in with the prototype password. */
export const authCookieName = 'journey-kit.auth';

/** Name of the cookie that shows a browser has signed in with the facilitator password. */
export const facilitatorCookieName = 'journey-kit.facilitator';

/**
 * Returns an HMAC-SHA256 of the password and its purpose keyed with the
 * session secret, which signs the sign-in cookies: they never contain the
 * password, cannot be made without the secret, and stop working when the
 * password changes. The purpose makes the two cookies differ even for the
 * same password.
 */
function passwordToken(purpose: 'prototype' | 'facilitator', password: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`journey-kit ${purpose} password\n${password}`)
    .digest('base64url');
}

/** Returns the key of the prototype sign-in cookie for a password. */
export function authToken(password: string, secret: string): string {
  return passwordToken('prototype', password, secret);
}

/** Returns the key of the facilitator sign-in cookie for a password. */
export function facilitatorToken(password: string, secret: string): string {
  return passwordToken('facilitator', password, secret);
}

/** Maximum time by which a cookie's issue time may be ahead of this server's clock, because several servers behind one address can differ a little. */
const allowedClockSkewMs = 60_000;

/**
 * Returns a sign-in cookie value: the time it was issued and an HMAC of that
 * time keyed with the password's token. Each sign-in gets its own value, and
 * the server, not only the browser, ends it after the cookie's lifetime.
 */
export function signInCookieValue(token: string, issuedAtMs: number): string {
  const signature = createHmac('sha256', token).update(`issued ${issuedAtMs}`).digest('base64url');
  return `${issuedAtMs}.${signature}`;
}

/** Returns true when `value` was made with `token` less than `maxAgeMs` before `nowMs`. */
export function signInCookieIsValid(value: string | undefined, token: string, maxAgeMs: number, nowMs: number): boolean {
  if (value === undefined) return false;
  const issuedAtText = value.slice(0, Math.max(0, value.indexOf('.')));
  if (!/^\d{1,15}$/.test(issuedAtText)) return false;
  const issuedAtMs = Number(issuedAtText);
  if (issuedAtMs > nowMs + allowedClockSkewMs || nowMs - issuedAtMs >= maxAgeMs) return false;
  return tokensMatch(value, signInCookieValue(token, issuedAtMs));
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
