/** The password a sign-in form checks. */
export type PasswordKind = 'prototype' | 'facilitator';

/**
 * Wrong sign-in attempts per client, counted together for both sign-in
 * forms, and a block on each client that made too many.
 * src/stores/sign-in-attempt-store.ts keeps them in SQLite.
 */
export interface SignInLimiter {
  /** Milliseconds until the client may try again at either form, or 0 when it may try now. */
  retryAfterMs(client: string): number;
  recordFailure(client: string, kind: PasswordKind): void;
  /**
   * Forgets the client's wrong attempts at this form only, so that signing in
   * with the prototype password, which participants know, earns no more
   * guesses at the facilitator password.
   */
  recordSuccess(client: string, kind: PasswordKind): void;
}
