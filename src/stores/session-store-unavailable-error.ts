/**
 * A session store that could not be reached, such as Redis while it restarts.
 * The error pages turn it into a 503 page, because trying again later works.
 */
export class SessionStoreUnavailableError extends Error {
  readonly status = 503;

  constructor(operation: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`The session store is unavailable: ${operation} failed: ${reason}`, { cause });
    this.name = 'SessionStoreUnavailableError';
  }
}
