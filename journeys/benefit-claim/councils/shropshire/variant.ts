import { defineVariant, page, yesNo } from '../../../../src/journeys/define.js';
import type { BenefitClaimSettings } from '../../settings.js';

/**
 * A rural unitary council. Figures are illustrative, not the council's scheme.
 * Park homes, caravans and houseboats pay pitch or mooring fees rather than
 * rent, so those homes get their own page in place of the rent pages.
 */
export default defineVariant<BenefitClaimSettings>({
  council: { id: 'shropshire', name: 'Shropshire Council', brandColour: '#005a30' },
  examples: { postcode: 'SY1 1HA', movableHome: 'no' },
  settings: {
    postcodeAreas: ['SY', 'TF9', 'TF10', 'TF11', 'TF12', 'TF13', 'WV15', 'WV16'],
    councilTaxReductionSavingsLimit: 16_000,
    maximumCouncilTaxReductionPercent: 100,
    contact: {
      name: 'Customer Service Centre',
      phone: '0345 678 9006',
      hours: 'Monday to Friday, 9am to 5pm',
    },
  },
  guards: {
    livesInMovableHome: {
      description: 'Lives in a park home, caravan or houseboat',
      test: ({ answers }) => answers.movableHome === 'yes',
    },
  },
  pages: {
    movableHome: {
      insertBefore: 'tenure',
      meta: page({
        type: 'question',
        title: 'Do you live in a park home, caravan or houseboat?',
        fields: [
          yesNo('movableHome', 'Do you live in a park home, caravan or houseboat?', {
            summaryLabel: 'Park home, caravan or houseboat',
            errorName: 'if you live in a park home, caravan or houseboat',
          }),
        ],
      }),
      on: {
        NEXT: [{ guard: 'livesInMovableHome', target: 'pitchFees' }, { target: 'tenure' }],
      },
    },
    pitchFees: {
      meta: page({
        type: 'question',
        title: 'Your pitch or mooring fees',
        fields: [
          { type: 'money', name: 'pitchFeeAmount', label: 'How much are your pitch or mooring fees?', min: 0.01, max: 10_000, summaryLabel: 'Pitch or mooring fees', errorName: 'how much your pitch or mooring fees are' },
          {
            type: 'radios',
            name: 'pitchFeeFrequency',
            label: 'How often do you pay them?',
            errorName: 'how often you pay them',
            options: [
              { value: 'weekly', text: 'Every week' },
              { value: 'monthly', text: 'Every month' },
              { value: 'yearly', text: 'Every year' },
            ],
          },
          { type: 'text', name: 'siteOwnerName', label: 'Who owns the site or mooring?', maxLength: 100, summaryLabel: 'Site or mooring owner', errorName: 'who owns the site or mooring' },
        ],
      }),
      on: { NEXT: 'children' },
    },
  },
});
