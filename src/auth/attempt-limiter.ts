export interface AttemptLimiterOptions {
  /** Wrong attempts each client may make in one window. */
  maxFailures: number;
  windowMs: number;
  /** Most clients tracked at once; the oldest are forgotten beyond it. */
  maxClients?: number;
  now?: () => number;
}

interface Window {
  failures: number;
  startedAt: number;
}

/**
 * Counts wrong sign-in attempts per client in fixed windows: a client that
 * has made `maxFailures` wrong attempts is blocked until `windowMs` after its
 * first one. Kept in memory, so the counts start again when the kit restarts
 * and are not shared between processes.
 */
export class AttemptLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly now: () => number;
  private readonly maxClients: number;

  constructor(private readonly options: AttemptLimiterOptions) {
    this.now = options.now ?? (() => Date.now());
    this.maxClients = options.maxClients ?? 10_000;
  }

  /** Milliseconds until the client may try again, or 0 when it may try now. */
  retryAfterMs(client: string): number {
    const window = this.current(client);
    if (!window || window.failures < this.options.maxFailures) return 0;
    return window.startedAt + this.options.windowMs - this.now();
  }

  recordFailure(client: string): void {
    const window = this.current(client) ?? { failures: 0, startedAt: this.now() };
    window.failures += 1;
    this.windows.delete(client);
    this.windows.set(client, window);
    this.forgetOldest();
  }

  recordSuccess(client: string): void {
    this.windows.delete(client);
  }

  private current(client: string): Window | undefined {
    const window = this.windows.get(client);
    if (window && this.now() - window.startedAt >= this.options.windowMs) {
      this.windows.delete(client);
      return undefined;
    }
    return window;
  }

  private forgetOldest(): void {
    for (const client of this.windows.keys()) {
      if (this.windows.size <= this.maxClients) return;
      this.windows.delete(client);
    }
  }
}
