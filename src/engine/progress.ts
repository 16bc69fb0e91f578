import { randomUUID } from 'node:crypto';
import type { Answers } from '../fields/types.js';

/** Bumped when the stored shape changes, so old sessions restart cleanly. */
export const progressVersion = 1;

/**
 * One participant's place in one council's journey, as stored in the session.
 * The route is derived from `answers` and `done` by replaying the machine and
 * is kept only to serve pages without replaying on every request.
 */
export interface JourneyProgress {
  version: typeof progressVersion;
  /** Identifies this attempt at the journey; a submission is stored once per run. */
  runId: string;
  /** Every answer given, including on branches the participant left. */
  answers: Answers;
  /** Pages the participant has continued from, in first-visit order. */
  done: string[];
  /** State ids from the initial page to the page to answer next. */
  route: string[];
  /** The machine's fingerprint when `route` was worked out. */
  fingerprint: string;
  submitted?: { reference: string; at: string };
  /** Shown once on the next page, then cleared. */
  notice?: 'restarted';
}

export function newProgress(
  initial: string,
  fingerprint: string,
): JourneyProgress {
  return {
    version: progressVersion,
    runId: randomUUID(),
    answers: {},
    done: [],
    route: [initial],
    fingerprint,
  };
}

/** True when a stored value has the shape of the current JourneyProgress. */
export function isProgress(value: unknown): value is JourneyProgress {
  if (typeof value !== 'object' || value === null) return false;
  const progress = value as Partial<JourneyProgress>;
  return (
    progress.version === progressVersion &&
    typeof progress.runId === 'string' &&
    typeof progress.answers === 'object' &&
    progress.answers !== null &&
    Array.isArray(progress.done) &&
    Array.isArray(progress.route) &&
    progress.route.length > 0
  );
}
