import { flattenFields, formatAnswer } from '../fields/index.js';
import type { Answers } from '../fields/types.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { resolveFields } from '../engine/resolve-fields.js';
import { pageUrl } from './urls.js';

interface SummaryRow {
  key: { text: string };
  value: { html: string };
  actions: {
    items: Array<{ href: string; text: string; visuallyHiddenText: string }>;
  };
}

export interface SummarySection {
  title: string;
  rows: SummaryRow[];
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function toHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!).replace(/\n/g, '<br>');
}

/**
 * Builds the check answers summary: a row for every field on the pages of
 * the participant's route, each with a Change link back to its page. Fields
 * revealed under an option appear only when they were answered.
 */
export function summarySections(
  journey: CompiledJourney,
  route: readonly string[],
  answers: Answers,
): SummarySection[] {
  const rows: SummaryRow[] = [];

  for (const id of route) {
    const page = journey.pages.get(id);
    if (!page || page.definition.type !== 'question') continue;
    const fields = resolveFields(journey, page, answers);
    const topLevel = new Set(fields);

    for (const field of flattenFields(fields)) {
      const value = answers[field.name];
      if (value === undefined && !topLevel.has(field)) continue;

      const label = field.summaryLabel ?? field.label;
      rows.push({
        key: { text: label },
        value: { html: value === undefined ? 'Not given' : toHtml(formatAnswer(field, value)) },
        actions: {
          items: [
            {
              href: `${pageUrl(journey, id)}?change=true`,
              text: 'Change',
              visuallyHiddenText: label,
            },
          ],
        },
      });
    }
  }
  return [{ title: journey.title, rows }];
}
