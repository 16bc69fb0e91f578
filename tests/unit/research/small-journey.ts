import { compileJourney } from '../../../src/journeys/compile-journey.js';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { defineJourney, defineVariant, page, yesNo } from '../../../src/journeys/define.js';

/**
 * A small journey: start, then "Do you rent?", which leads to an exit for
 * owners and to the rent question for renters, then check answers and the
 * confirmation. The council adds a page in front of the rent question and,
 * like every added page, declares it after the journey's own pages.
 */
export function smallJourney(): CompiledJourney {
  const journey = defineJourney({
    id: 'small',
    title: 'Small journey',
    referencePrefix: 'SML',
    settings: {},
    guards: { owns: { description: 'Owns the home', test: ({ answers }) => answers.rents === 'no' } },
    machine: {
      initial: 'start',
      states: {
        start: { meta: page({ type: 'start', title: 'Start' }), on: { NEXT: 'rents' } },
        rents: {
          meta: page({ type: 'question', title: 'Do you rent?', fields: [yesNo('rents', 'Do you rent?')] }),
          on: { NEXT: [{ guard: 'owns', target: 'owner' }, { target: 'rent' }] },
        },
        owner: { meta: page({ type: 'exit', title: 'You cannot apply' }), type: 'final' },
        rent: {
          meta: page({ type: 'question', title: 'Your rent', fields: [{ type: 'text', name: 'rent', label: 'Rent' }] }),
          on: { NEXT: 'check' },
        },
        check: { meta: page({ type: 'checkAnswers', title: 'Check your answers' }), on: { NEXT: 'done' } },
        done: { meta: page({ type: 'confirmation', title: 'Done' }), type: 'final' },
      },
    },
  });
  const variant = defineVariant({
    council: { id: 'somewhere', name: 'Somewhere Council' },
    pages: {
      landlord: {
        insertBefore: 'rent',
        meta: page({ type: 'question', title: 'Your landlord', fields: [{ type: 'text', name: 'landlord', label: 'Landlord' }] }),
        on: { NEXT: 'rent' },
      },
    },
  });
  return compileJourney(journey, variant, { journey: '/nonexistent/small', council: '/nonexistent/small/councils/somewhere' });
}
