import { flattenFields } from '../fields/index.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { ResearchEvent } from './research-event.js';
import { routeOrder } from './route-order.js';

/** One participant's run through a journey, summarised. */
export interface ParticipantSummary {
  researchId: string;
  /** The latest label the facilitator gave the session, if any. */
  label?: string;
  startedAt: number;
  lastAt: number;
  /** State id of the last page viewed. */
  lastPage?: string;
  /** True when the last page viewed is a final page (an exit or the confirmation). */
  finished: boolean;
  pageViews: number;
  invalidSubmissions: number;
  backNavigations: number;
}

/** One page of the funnel. */
export interface FunnelStep {
  page: string;
  title: string;
  final: boolean;
  /** Participants who viewed the page at least once. */
  reached: number;
  /** Participants whose last page viewed was this one. */
  stoppedHere: number;
}

/** Time participants spent on one page. */
export interface PageTime {
  page: string;
  title: string;
  /** Median across participants of each participant's total time on the page. */
  medianMs: number;
  /** Participants with a measured time on the page. */
  participants: number;
}

/** Validation errors of one field. */
export interface FieldErrorSummary {
  page: string;
  pageTitle: string;
  field: string;
  fieldLabel: string;
  /** Times an error was shown on the field. */
  count: number;
  /** Participants who saw an error on the field. */
  participants: number;
  /** Each distinct message with how often it was shown, most frequent first. */
  messages: Array<{ message: string; count: number }>;
}

export interface JourneyResearch {
  participants: ParticipantSummary[];
  funnel: FunnelStep[];
  pageTimes: PageTime[];
  fieldErrors: FieldErrorSummary[];
  eventCount: number;
}

/** One event of a participant's timeline. */
export interface TimelineEntry {
  event: ResearchEvent;
  pageTitle: string;
  /** Milliseconds since the participant's first event. */
  sinceStartMs: number;
  /** Page views only: time until the participant left the page, when known. */
  timeOnPageMs?: number;
}

/** Returns the median, averaging the two middle values of an even count; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Returns the time on page of each page view, by event id. It runs from the view
 * to the participant's next event. An invalid submission of the same page does
 * not end the view, because the page is shown again with its errors. A view with
 * no later event (where the participant stopped) has no time.
 */
export function timesOnPage(events: readonly ResearchEvent[]): Map<number, number> {
  const times = new Map<number, number>();
  events.forEach((event, index) => {
    if (event.kind !== 'pageView') return;
    for (let next = index + 1; next < events.length; next += 1) {
      const later = events[next]!;
      const shownAgain = later.kind === 'submission' && later.valid === false && later.page === event.page;
      if (!shownAgain) {
        times.set(event.id, later.at - event.at);
        return;
      }
    }
  });
  return times;
}

/** Groups events by research id, keeping each run's events in the order given. */
export function groupByParticipant(events: readonly ResearchEvent[]): Map<string, ResearchEvent[]> {
  const runs = new Map<string, ResearchEvent[]>();
  for (const event of events) {
    const run = runs.get(event.researchId) ?? [];
    run.push(event);
    runs.set(event.researchId, run);
  }
  return runs;
}

/** Returns the page's title, or its state id for a page the journey no longer has. */
export function pageTitleOf(journey: CompiledJourney, pageId: string): string {
  return journey.pages.get(pageId)?.definition.title ?? pageId;
}

function fieldLabelOf(journey: CompiledJourney, pageId: string, field: string): string {
  const fields = flattenFields(journey.pages.get(pageId)?.fields ?? []);
  return fields.find((definition) => definition.name === field)?.label ?? field;
}

function summarise(journey: CompiledJourney, researchId: string, run: ResearchEvent[]): ParticipantSummary {
  const views = run.filter((event) => event.kind === 'pageView');
  const lastPage = views.at(-1)?.page;
  const label = run.findLast((event) => event.label !== undefined)?.label;
  return {
    researchId,
    ...(label === undefined ? {} : { label }),
    startedAt: run[0]!.at,
    lastAt: run.at(-1)!.at,
    ...(lastPage === undefined ? {} : { lastPage }),
    finished: lastPage !== undefined && journey.pages.get(lastPage)?.final === true,
    pageViews: views.length,
    invalidSubmissions: run.filter((event) => event.valid === false).length,
    backNavigations: views.filter((event) => event.back).length,
  };
}

function pageOrderOf(journey: CompiledJourney, events: readonly ResearchEvent[]): string[] {
  const order = [...routeOrder(journey)];
  const known = new Set(order);
  for (const event of events) {
    if (!known.has(event.page)) {
      known.add(event.page);
      order.push(event.page);
    }
  }
  return order;
}

function fieldErrorsOf(journey: CompiledJourney, runs: Map<string, ResearchEvent[]>, order: string[]): FieldErrorSummary[] {
  const byField = new Map<string, FieldErrorSummary & { seenBy: Set<string>; byMessage: Map<string, number> }>();
  for (const [researchId, run] of runs) {
    for (const event of run) {
      for (const error of event.errors) {
        const key = `${event.page}\u0000${error.field}`;
        const summary = byField.get(key) ?? {
          page: event.page,
          pageTitle: pageTitleOf(journey, event.page),
          field: error.field,
          fieldLabel: fieldLabelOf(journey, event.page, error.field),
          count: 0,
          participants: 0,
          messages: [],
          seenBy: new Set<string>(),
          byMessage: new Map<string, number>(),
        };
        summary.count += 1;
        summary.seenBy.add(researchId);
        summary.byMessage.set(error.message, (summary.byMessage.get(error.message) ?? 0) + 1);
        byField.set(key, summary);
      }
    }
  }
  const pagePosition = new Map(order.map((id, index) => [id, index]));
  return [...byField.values()]
    .sort((a, b) => pagePosition.get(a.page)! - pagePosition.get(b.page)! || b.count - a.count)
    .map(({ seenBy, byMessage, ...summary }) => ({
      ...summary,
      participants: seenBy.size,
      messages: [...byMessage]
        .map(([message, count]) => ({ message, count }))
        .sort((a, b) => b.count - a.count || a.message.localeCompare(b.message)),
    }));
}

/**
 * Works out the dashboard's figures for one council's journey from its recorded events.
 * NOTE: every event of the journey is held in memory, which suits usability studies
 * (thousands of events) but not a live service's traffic.
 */
export function summariseJourney(journey: CompiledJourney, events: readonly ResearchEvent[]): JourneyResearch {
  const runs = groupByParticipant(events);
  const order = pageOrderOf(journey, events);
  const participants = [...runs].map(([researchId, run]) => summarise(journey, researchId, run));
  participants.sort((a, b) => a.startedAt - b.startedAt || a.researchId.localeCompare(b.researchId));

  const reached = new Map<string, number>();
  for (const run of runs.values()) {
    const viewed = new Set(run.filter((event) => event.kind === 'pageView').map((event) => event.page));
    for (const page of viewed) reached.set(page, (reached.get(page) ?? 0) + 1);
  }
  const funnel = order.map((page) => ({
    page,
    title: pageTitleOf(journey, page),
    final: journey.pages.get(page)?.final === true,
    reached: reached.get(page) ?? 0,
    stoppedHere: participants.filter((participant) => participant.lastPage === page).length,
  }));

  const totals = new Map<string, number[]>();
  for (const run of runs.values()) {
    const perPage = new Map<string, number>();
    const times = timesOnPage(run);
    for (const event of run) {
      const time = times.get(event.id);
      if (time !== undefined) perPage.set(event.page, (perPage.get(event.page) ?? 0) + time);
    }
    for (const [page, total] of perPage) totals.set(page, [...(totals.get(page) ?? []), total]);
  }
  const pageTimes = order
    .filter((page) => totals.has(page))
    .map((page) => ({
      page,
      title: pageTitleOf(journey, page),
      medianMs: median(totals.get(page)!),
      participants: totals.get(page)!.length,
    }));

  return {
    participants,
    funnel,
    pageTimes,
    fieldErrors: fieldErrorsOf(journey, runs, order),
    eventCount: events.length,
  };
}

/** Returns one participant's events with times since their start and on each page. */
export function participantTimeline(journey: CompiledJourney, run: readonly ResearchEvent[]): TimelineEntry[] {
  const times = timesOnPage(run);
  const start = run[0]?.at ?? 0;
  return run.map((event) => {
    const timeOnPageMs = times.get(event.id);
    return {
      event,
      pageTitle: pageTitleOf(journey, event.page),
      sinceStartMs: event.at - start,
      ...(timeOnPageMs === undefined ? {} : { timeOnPageMs }),
    };
  });
}
