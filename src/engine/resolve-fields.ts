import type { Answers, FieldDefinition } from '../fields/types.js';
import type { CompiledJourney, CompiledPage } from '../journeys/compiled-journey.js';

/**
 * Returns a page's fields with options from the journey's option sources
 * worked out for these answers. Sourced options come before the field's own
 * options, which are usually a fallback such as "My address is not listed".
 */
export function resolveFields(
  journey: CompiledJourney,
  page: CompiledPage,
  answers: Answers,
): FieldDefinition[] {
  if (!page.fields.some((field) => field.type === 'radios' && field.optionsFrom)) {
    return page.fields;
  }
  return page.fields.map((field) => {
    if (field.type !== 'radios' || field.optionsFrom === undefined) return field;
    const source = journey.optionSources[field.optionsFrom]!;
    const sourced = source({ answers, settings: journey.settings });
    return { ...field, options: [...sourced, ...field.options] };
  });
}
