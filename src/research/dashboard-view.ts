import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { barChart, escapeXml } from './bar-chart.js';
import type { FieldErrorSummary, JourneyResearch, ParticipantSummary, TimelineEntry } from './dashboard-data.js';
import { pageTitleOf } from './dashboard-data.js';
import { formatDuration, formatSeconds, formatTime } from './format.js';

/** A govukTable cell. */
export type TableCell = { text: string; format?: 'numeric' } | { html: string; format?: 'numeric' };

/** Arguments for govukTable, less what the template adds. */
export interface TableView {
  caption: string;
  head: TableCell[];
  rows: TableCell[][];
}

/** Base URL of one council's journey on the dashboard. */
export function researchUrl(journey: CompiledJourney): string {
  return `/research/${journey.council.id}/${journey.id}`;
}

export function participantUrl(journey: CompiledJourney, researchId: string): string {
  return `${researchUrl(journey)}/participants/${researchId}`;
}

/** Returns the participant's label, or "Participant" and the start of their research id. */
export function participantName(participant: { researchId: string; label?: string }): string {
  return participant.label ?? `Participant ${participant.researchId.slice(0, 8)}`;
}

function numeric(value: number | string): TableCell {
  return { text: String(value), format: 'numeric' };
}

function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function funnelView(research: JourneyResearch) {
  const bars = research.funnel.filter((step) => step.reached > 0).map((step) => ({
    label: step.title,
    value: step.reached,
    valueText: `${step.reached} reached, ${step.stoppedHere} ${step.final ? 'ended here' : 'stopped here'}`,
  }));
  return {
    chart: barChart({
      id: 'funnel-chart',
      title: 'Participants who reached each page',
      description:
        'Bar chart of participants who reached each page, in route order, leaving out pages no participant reached. The table below lists every page.',
      bars,
    }),
    table: {
      caption: 'Participants who reached each page',
      head: [{ text: 'Page' }, { text: 'Reached', format: 'numeric' }, { text: 'Stopped here', format: 'numeric' }],
      rows: research.funnel.map((step) => [
        { html: `${escapeXml(step.title)}${step.final ? ' <span class="govuk-body-s app-research-note">(end of journey)</span>' : ''}` },
        numeric(step.reached),
        numeric(step.stoppedHere),
      ]),
    } satisfies TableView,
  };
}

function timesView(research: JourneyResearch) {
  return {
    chart: barChart({
      id: 'times-chart',
      title: 'Median time on each page',
      description: 'Bar chart of the median time participants spent on each page. The table below has the same figures.',
      bars: research.pageTimes.map((time) => ({
        label: time.title,
        value: time.medianMs,
        valueText: `${formatDuration(time.medianMs)} (${plural(time.participants, 'participant', 'participants')})`,
      })),
    }),
    table: {
      caption: 'Median time on each page',
      head: [
        { text: 'Page' },
        { text: 'Median time', format: 'numeric' },
        { text: 'Median in seconds', format: 'numeric' },
        { text: 'Participants timed', format: 'numeric' },
      ],
      rows: research.pageTimes.map((time) => [
        { text: time.title },
        numeric(formatDuration(time.medianMs)),
        numeric(formatSeconds(time.medianMs)),
        numeric(time.participants),
      ]),
    } satisfies TableView,
  };
}

/** Returns the field's name and, when it differs from the page's heading, its label. */
function fieldCell(field: FieldErrorSummary): string {
  const name = `<code class="app-research-code">${escapeXml(field.field)}</code>`;
  return field.fieldLabel === field.pageTitle ? name : `${escapeXml(field.fieldLabel)} ${name}`;
}

function errorsView(research: JourneyResearch) {
  return {
    chart: barChart({
      id: 'errors-chart',
      title: 'Validation errors on each field',
      description: 'Bar chart of how often each field showed a validation error. The table below has the same figures and the messages.',
      bars: research.fieldErrors.map((field) => ({
        label: field.fieldLabel === field.pageTitle ? field.pageTitle : `${field.fieldLabel} (${field.pageTitle})`,
        value: field.count,
        valueText: `${plural(field.count, 'error', 'errors')}, ${plural(field.participants, 'participant', 'participants')}`,
      })),
    }),
    table: {
      caption: 'Validation errors on each field',
      head: [
        { text: 'Page' },
        { text: 'Field' },
        { text: 'Messages shown' },
        { text: 'Errors', format: 'numeric' },
        { text: 'Participants', format: 'numeric' },
      ],
      rows: research.fieldErrors.map((field) => [
        { text: field.pageTitle },
        { html: fieldCell(field) },
        {
          html: `<ul class="govuk-list">${field.messages
            .map((entry) => `<li>${escapeXml(entry.message)} (${entry.count})</li>`)
            .join('')}</ul>`,
        },
        numeric(field.count),
        numeric(field.participants),
      ]),
    } satisfies TableView,
  };
}

function participantsView(journey: CompiledJourney, participants: ParticipantSummary[]): TableView {
  return {
    caption: 'Participants',
    head: [
      { text: 'Participant' },
      { text: 'Started' },
      { text: 'Pages viewed', format: 'numeric' },
      { text: 'Errors', format: 'numeric' },
      { text: 'Went back', format: 'numeric' },
      { text: 'Last page' },
    ],
    rows: participants.map((participant) => [
      {
        html: `<a class="govuk-link" href="${participantUrl(journey, participant.researchId)}">${escapeXml(participantName(participant))}</a>`,
      },
      { text: formatTime(participant.startedAt) },
      numeric(participant.pageViews),
      numeric(participant.invalidSubmissions),
      numeric(participant.backNavigations),
      {
        text:
          participant.lastPage === undefined
            ? 'None'
            : `${pageTitleOf(journey, participant.lastPage)}${participant.finished ? ' (end of journey)' : ''}`,
      },
    ]),
  };
}

/** One council's journey in the list of journeys, with what has been recorded for it. */
export interface JourneyListEntry {
  journey: CompiledJourney;
  participants: number;
  /** Time of the latest event, when there is one. */
  lastAt?: number;
}

/** Returns the table of every council's journey for the research start page. */
export function journeyListView(entries: readonly JourneyListEntry[]): TableView {
  return {
    caption: 'Journeys',
    head: [{ text: 'Journey' }, { text: 'Council' }, { text: 'Participants', format: 'numeric' }, { text: 'Latest event' }],
    rows: entries.map((entry) => [
      {
        html:
          `<a class="govuk-link" href="${researchUrl(entry.journey)}">${escapeXml(entry.journey.title)}` +
          `<span class="govuk-visually-hidden"> – ${escapeXml(entry.journey.council.name)}</span></a>`,
      },
      { text: entry.journey.council.name },
      numeric(entry.participants),
      { text: entry.lastAt === undefined ? 'None yet' : formatTime(entry.lastAt) },
    ]),
  };
}

/** Template variables of the dashboard for one council's journey. */
export function dashboardView(journey: CompiledJourney, research: JourneyResearch) {
  return {
    summary: {
      participants: research.participants.length,
      finished: research.participants.filter((participant) => participant.finished).length,
      events: research.eventCount,
    },
    funnel: funnelView(research),
    times: timesView(research),
    errors: errorsView(research),
    participants: participantsView(journey, research.participants),
  };
}

function whatHappened(journey: CompiledJourney, entry: TimelineEntry): string {
  const { event } = entry;
  if (event.kind === 'pageView') {
    const notes = [event.back ? 'went back' : '', event.change ? 'from a Change link' : ''].filter(Boolean);
    return notes.length > 0 ? `Viewed (${notes.join(', ')})` : 'Viewed';
  }
  if (event.valid) {
    return event.next === undefined ? 'Continued' : `Continued to ${escapeXml(pageTitleOf(journey, event.next))}`;
  }
  const items = event.errors.map((error) => `<li><code class="app-research-code">${escapeXml(error.field)}</code>: ${escapeXml(error.message)}</li>`);
  return `Errors shown:<ul class="govuk-list govuk-list--bullet">${items.join('')}</ul>`;
}

function timeOnPageText(entry: TimelineEntry): string {
  if (entry.timeOnPageMs !== undefined) return formatDuration(entry.timeOnPageMs);
  return entry.event.kind === 'pageView' ? 'Not known' : '';
}

/** Rows of one participant's timeline table. */
export function timelineView(journey: CompiledJourney, entries: readonly TimelineEntry[]): TableView {
  const recordsAnswers = entries.some((entry) => entry.event.answers !== undefined);
  const head: TableCell[] = [
    { text: 'Time' },
    { text: 'Since start', format: 'numeric' },
    { text: 'Page' },
    { text: 'What happened' },
    { text: 'Time on page', format: 'numeric' },
  ];
  if (recordsAnswers) head.push({ text: 'Answers' });

  return {
    caption: 'Timeline',
    head,
    rows: entries.map((entry) => {
      const row: TableCell[] = [
        { text: formatTime(entry.event.at) },
        numeric(formatDuration(entry.sinceStartMs)),
        { text: entry.pageTitle },
        { html: whatHappened(journey, entry) },
        numeric(timeOnPageText(entry)),
      ];
      if (recordsAnswers) {
        const answers = entry.event.answers;
        row.push(answers === undefined ? { text: '' } : { html: `<code class="app-research-code">${escapeXml(JSON.stringify(answers))}</code>` });
      }
      return row;
    }),
  };
}
