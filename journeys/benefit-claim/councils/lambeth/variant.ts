import { defineVariant, page, yesNo } from '../../../../src/journeys/define.js';
import { savingsPages } from '../../pages.js';
import type { BenefitClaimSettings } from '../../settings.js';

/**
 * An urban London borough. Figures are illustrative, not the council's scheme.
 * The council places many households in temporary accommodation, so it asks
 * everyone who rents whether it placed them.
 */
export default defineVariant<BenefitClaimSettings>({
  council: { id: 'lambeth', name: 'Lambeth Council', brandColour: '#1d4f91' },
  examples: { postcode: 'SW2 1RW', councilPlacement: 'no' },
  settings: {
    postcodeAreas: ['SE1', 'SE5', 'SE11', 'SE24', 'SE27', 'SW2', 'SW4', 'SW8', 'SW9', 'SW12', 'SW16'],
    councilTaxReductionSavingsLimit: 6_000,
    maximumCouncilTaxReductionPercent: 80,
    contact: {
      name: 'Benefits service',
      phone: '020 7926 1000',
      hours: 'Monday to Friday, 9am to 5pm',
      chatUrl: 'https://www.lambeth.gov.uk/contact-us',
      walkIn: {
        address: ['Customer Centre', 'Olive Morris House', '18 Brixton Hill', 'London SW2 1RL'],
        hours: 'Monday to Friday, 9am to 4pm',
      },
    },
  },
  content: {
    postcode: {
      fields: { postcode: { hint: 'For example, SW2 1RW' } },
    },
  },
  // The working-age Council Tax Reduction limit is below the Housing Benefit
  // limit, so savings between the two rule out Council Tax Reduction alone.
  routes: {
    savings: [
      { guard: 'savingsRuleOutBoth', target: 'savingsTooHigh' },
      { guard: 'savingsRuleOutCouncilTaxReduction', target: 'savingsHousingBenefitOnly' },
      { target: 'student' },
    ],
  },
  pages: {
    savingsHousingBenefitOnly: { meta: savingsPages.housingBenefitOnly, on: { NEXT: 'student' } },
    councilPlacement: {
      insertBefore: 'rent',
      meta: page({
        type: 'question',
        title: 'Has the council placed you in temporary accommodation?',
        fields: [
          yesNo('councilPlacement', 'Has the council placed you in temporary accommodation?', {
            hint: 'For example, a hostel, a bed and breakfast or a flat the council found for you after you became homeless.',
            summaryLabel: 'Placed in temporary accommodation by the council',
            errorName: 'if the council has placed you in temporary accommodation',
          }),
        ],
      }),
      on: { NEXT: 'rent' },
    },
  },
});
