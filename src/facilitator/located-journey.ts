import type { Request } from 'express';
import { restoreProgress } from '../engine/journey-engine.js';
import type { JourneyProgress } from '../engine/progress.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { ServedJourney } from '../server/journey-routes.js';
import '../server/session-types.js';

export interface LocatedJourney {
  journey: CompiledJourney;
  /** Session key of the journey's progress: '<council>/<journey>'. */
  key: string;
  /** The participant's progress as the journey pages would restore it; not saved. */
  progress: JourneyProgress;
}

/** Finds the journey named by the :council and :journey route parameters. */
export function locateJourney(
  req: Request,
  journeys: ReadonlyMap<string, ServedJourney>,
): LocatedJourney | undefined {
  const { council, journey } = req.params as Record<string, string>;
  const key = `${council}/${journey}`;
  const served = journeys.get(key);
  if (!served) return undefined;
  const { progress } = restoreProgress(served.journey, req.session.progress?.[key]);
  return { journey: served.journey, key, progress };
}
