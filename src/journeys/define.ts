import type { FieldDefinition } from '../fields/types.js';
import type {
  CouncilVariant,
  JourneyDefinition,
  PageDefinition,
  Settings,
} from './types.js';

/**
 * Declares a journey. Each state is a page: its `meta.page` says what the page
 * shows, and its `on.NEXT` says where a valid submission leads. Answers from
 * every submission are assigned into the machine's context by the kit.
 *
 * @example
 * export default defineJourney({
 *   id: 'apply-for-a-permit',
 *   title: 'Apply for a parking permit',
 *   referencePrefix: 'PMT',
 *   settings: { zones: ['A', 'B'] },
 *   guards: {
 *     hasBlueBadge: {
 *       description: 'Has a Blue Badge',
 *       test: ({ answers }) => answers.blueBadge === 'yes',
 *     },
 *   },
 *   machine: {
 *     initial: 'blueBadge',
 *     states: {
 *       blueBadge: {
 *         meta: page({ type: 'question', title: 'Do you have a Blue Badge?',
 *           fields: [yesNo('blueBadge', 'Do you have a Blue Badge?')] }),
 *         on: { NEXT: [{ guard: 'hasBlueBadge', target: 'badgeNumber' },
 *                      { target: 'vehicle' }] },
 *       },
 *       // …
 *     },
 *   },
 * });
 */
export function defineJourney<S extends Settings>(
  definition: JourneyDefinition<S>,
): JourneyDefinition<S> {
  return definition;
}

/** Declares a council's variant of a journey; see `CouncilVariant`. */
export function defineVariant<S extends Settings>(
  variant: CouncilVariant<S>,
): CouncilVariant<S> {
  return variant;
}

/** Wraps a page definition as the state's `meta`. */
export function page(definition: PageDefinition): { page: PageDefinition } {
  return { page: definition };
}

/** A Yes or No question as inline radios, the most common field in journeys. */
export function yesNo(
  name: string,
  label: string,
  extra: { hint?: string; errorName?: string; summaryLabel?: string } = {},
): FieldDefinition {
  return {
    type: 'radios',
    name,
    label,
    inline: true,
    options: [
      { value: 'yes', text: 'Yes' },
      { value: 'no', text: 'No' },
    ],
    ...extra,
  };
}
