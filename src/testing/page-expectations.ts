/** Expected headings and invalid submissions of journey pages, worked out from their definitions. */
import { resolveFields } from '../engine/resolve-fields.js';
import { flattenFields, validatePage } from '../fields/index.js';
import type { Answers, FieldError, InputValues } from '../fields/types.js';
import type { CompiledJourney, CompiledPage } from '../journeys/compiled-journey.js';
import { invalidInput } from './field-examples.js';

/**
 * Returns the page's expected h1. A one-field question page without a words
 * template uses its field's label as the heading, as GOV.UK advises, and any
 * other page its title, as views/page-types/question.njk renders them.
 */
export function expectedHeading(
  journey: CompiledJourney,
  page: CompiledPage,
  answers: Answers,
  bodyTemplates: ReadonlyMap<string, string>,
): string {
  const fields = resolveFields(journey, page, answers);
  const [only] = fields;
  if (page.definition.type === 'question' && fields.length === 1 && only && !bodyTemplates.has(page.id)) {
    return only.label;
  }
  return page.definition.title;
}

/** A submission that the page must reject, with the errors it must show. */
export interface InvalidSubmission {
  inputs: InputValues;
  errors: FieldError[];
  /** True when a browser can send it, which it cannot for a value that is not an option. */
  typeable: boolean;
}

/**
 * Returns an invalid submission for a question page: the empty form when that
 * fails, otherwise the first field's invalid input that fails, or undefined
 * when the page accepts everything tried.
 */
export function invalidSubmission(
  journey: CompiledJourney,
  page: CompiledPage,
  answers: Answers,
  today: Date,
): InvalidSubmission | undefined {
  const fields = resolveFields(journey, page, answers);
  const rules = page.definition.rules;
  const attempts: Array<{ inputs: InputValues; typeable: boolean }> = [{ inputs: {}, typeable: true }];
  for (const field of flattenFields(fields)) {
    const typeable = field.type !== 'radios' && field.type !== 'checkboxes';
    attempts.push({ inputs: invalidInput(field), typeable });
  }
  for (const { inputs, typeable } of attempts) {
    const validation = validatePage(fields, inputs, { today, ...(rules ? { rules } : {}) });
    if (!validation.ok) return { inputs, errors: validation.errors, typeable };
  }
  return undefined;
}

/** Replaces the character references that Nunjucks autoescaping writes. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
