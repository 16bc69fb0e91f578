import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { groupByParticipant, pageTitleOf, timesOnPage } from './dashboard-data.js';
import type { ResearchEvent } from './research-event.js';
import { toCsv } from './csv.js';

/** Column names of the events CSV, in order. */
export const eventColumns = [
  'research_id',
  'label',
  'council',
  'journey',
  'event',
  'page',
  'page_title',
  'time',
  'time_on_page_ms',
  'went_back',
  'from_change_link',
  'valid',
  'next_page',
  'error_fields',
  'error_messages',
  'answers',
] as const;

function yesNo(value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? 'yes' : 'no';
}

/**
 * Returns one CSV row per event, in the columns of `eventColumns`. Cells that
 * do not apply to the event's kind are empty. Several errors of one submission
 * are separated by a space in `error_fields` and by a line break in
 * `error_messages`, in the same order.
 */
export function eventRows(journey: CompiledJourney, events: readonly ResearchEvent[]): string[][] {
  const rows: string[][] = [];
  for (const run of groupByParticipant(events).values()) {
    const times = timesOnPage(run);
    for (const event of run) {
      const view = event.kind === 'pageView';
      const time = times.get(event.id);
      rows.push([
        event.researchId,
        event.label ?? '',
        event.council,
        event.journey,
        event.kind,
        event.page,
        pageTitleOf(journey, event.page),
        new Date(event.at).toISOString(),
        time === undefined ? '' : String(time),
        view ? yesNo(event.back) : '',
        view ? yesNo(event.change) : '',
        yesNo(event.valid),
        event.next ?? '',
        event.errors.map((error) => error.field).join(' '),
        event.errors.map((error) => error.message).join('\n'),
        event.answers === undefined ? '' : JSON.stringify(event.answers),
      ]);
    }
  }
  return rows;
}

/** Returns the events of one council's journey as CSV text with a header row. */
export function eventsCsv(journey: CompiledJourney, events: readonly ResearchEvent[]): string {
  return toCsv([[...eventColumns], ...eventRows(journey, events)]);
}
