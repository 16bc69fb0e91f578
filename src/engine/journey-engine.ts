import type { Answers } from '../fields/types.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { mergeAnswers } from '../journeys/build-machine.js';
import { isProgress, newProgress, type JourneyProgress } from './progress.js';
import { replayRoute } from './replay-route.js';

export interface RestoredProgress {
  progress: JourneyProgress;
  /** True when stored progress no longer fits the journey and was replaced. */
  restarted: boolean;
}

function fitsJourney(journey: CompiledJourney, progress: JourneyProgress): boolean {
  return [...progress.done, ...progress.route].every((id) => journey.pages.has(id));
}

/**
 * Returns the participant's progress through a journey from what the session
 * stored. Progress naming pages the journey no longer has starts again; after
 * any other change to the machine the route is worked out afresh.
 */
export function restoreProgress(
  journey: CompiledJourney,
  stored: unknown,
): RestoredProgress {
  if (stored === undefined) {
    return { progress: newProgress(journey.initial, journey.fingerprint), restarted: false };
  }
  if (!isProgress(stored) || !fitsJourney(journey, stored)) {
    const progress = newProgress(journey.initial, journey.fingerprint);
    return { progress: { ...progress, notice: 'restarted' }, restarted: true };
  }
  if (stored.fingerprint !== journey.fingerprint) {
    const { route } = replayRoute(journey, stored.answers, new Set(stored.done));
    return {
      progress: { ...stored, route, fingerprint: journey.fingerprint },
      restarted: false,
    };
  }
  return { progress: stored, restarted: false };
}

/** Returns the page the participant should answer next. */
export function frontierOf(progress: JourneyProgress): string {
  return progress.route[progress.route.length - 1]!;
}

/** Returns the page before this one on the participant's own route, if any. */
export function previousPageOf(
  progress: JourneyProgress,
  pageId: string,
): string | undefined {
  const index = progress.route.indexOf(pageId);
  return index > 0 ? progress.route[index - 1] : undefined;
}

export interface SubmitResult {
  progress: JourneyProgress;
  /** Page to redirect to. */
  next: string;
  /** Set when the submission completes the journey: the answers on the final route. */
  completedAnswers?: Answers;
}

/**
 * Records a valid submission of one page and works out where it leads. A
 * participant changing an answer from check answers goes back there, unless
 * the new answer opens pages they have not answered, which come first.
 */
export function submitPage(
  journey: CompiledJourney,
  progress: JourneyProgress,
  pageId: string,
  pageAnswers: Answers,
  options: { change: boolean },
): SubmitResult {
  const answers = mergeAnswers(progress.answers, pageAnswers);
  const done = progress.done.includes(pageId)
    ? progress.done
    : [...progress.done, pageId];
  const replay = replayRoute(journey, answers, new Set(done));
  const frontier = replay.route[replay.route.length - 1]!;
  const following = replay.route[replay.route.indexOf(pageId) + 1];
  const next = options.change || following === undefined ? frontier : following;

  const updated: JourneyProgress = {
    ...progress,
    answers,
    done,
    route: replay.route,
    fingerprint: journey.fingerprint,
  };
  const completes = journey.pages.get(next)?.definition.type === 'confirmation';

  return completes
    ? { progress: updated, next, completedAnswers: replay.answers }
    : { progress: updated, next };
}

/** Returns the answers on the participant's current route, for check answers. */
export function routeAnswers(
  journey: CompiledJourney,
  progress: JourneyProgress,
): Answers {
  return replayRoute(journey, progress.answers, new Set(progress.done)).answers;
}
