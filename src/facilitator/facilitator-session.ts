import type { Request } from 'express';
import { frontierOf } from '../engine/journey-engine.js';
import type { JourneyProgress } from '../engine/progress.js';
import './session-types.js';
import '../server/session-types.js';

/** Most characters a session label may have. */
export const maxLabelLength = 60;

/** True when the facilitator view is switched on in this browser. */
export function facilitatorViewIsOn(req: Request): boolean {
  return req.session.facilitator?.on === true;
}

export function setFacilitatorView(req: Request, on: boolean): void {
  req.session.facilitator = { ...req.session.facilitator, on };
}

export function sessionLabelOf(req: Request): string | undefined {
  return req.session.facilitator?.label;
}

/** Stores the label, or removes it when `label` is empty. */
export function setSessionLabel(req: Request, label: string): void {
  const { label: _old, ...rest } = req.session.facilitator ?? { on: false };
  req.session.facilitator = label ? { ...rest, label } : rest;
}

/** Records the page the browser was shown last in a journey, keyed '<council>/<journey>'. */
export function recordShownPage(req: Request, key: string, stateId: string): void {
  const facilitator = req.session.facilitator ?? { on: false };
  if (facilitator.shownPages?.[key] === stateId) return;
  req.session.facilitator = {
    ...facilitator,
    shownPages: { ...facilitator.shownPages, [key]: stateId },
  };
}

/**
 * The participant's current page: the page shown last while the facilitator
 * view was on, if it is still on their route, or else the page they have to
 * answer next.
 */
export function currentPageOf(req: Request, key: string, progress: JourneyProgress): string {
  const shown = req.session.facilitator?.shownPages?.[key];
  return shown !== undefined && progress.route.includes(shown) ? shown : frontierOf(progress);
}

/** Removes a journey's progress and its recorded page from the session. */
export function clearJourneyProgress(req: Request, key: string): void {
  if (req.session.progress) {
    const { [key]: _removed, ...rest } = req.session.progress;
    req.session.progress = rest;
  }
  const shownPages = req.session.facilitator?.shownPages;
  if (shownPages && req.session.facilitator) {
    const { [key]: _removed, ...rest } = shownPages;
    req.session.facilitator = { ...req.session.facilitator, shownPages: rest };
  }
}
