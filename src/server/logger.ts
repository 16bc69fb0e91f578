import { pino, type Logger } from 'pino';

export type { Logger };

/** The kit's structured logger. Answers are never logged: log ids and page names only. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'journey-kit' } });
}
