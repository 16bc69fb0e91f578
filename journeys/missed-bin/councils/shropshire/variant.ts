import { defineVariant, page } from '../../../../src/journeys/define.js';
import type { FixtureAddress, MissedBinSettings } from '../../settings.js';
import addresses from './addresses.json' with { type: 'json' };

/**
 * A rural unitary council. Some homes are on single-track or unadopted roads
 * that collection lorries cannot use, so households there leave bins at an
 * agreed collection point, and the council asks about it.
 */
export default defineVariant<MissedBinSettings>({
  council: { id: 'shropshire', name: 'Shropshire Council', brandColour: '#005a30' },
  examples: { postcode: 'SY1 1HA', address: '100071200001', collectionPoint: 'yes' },
  settings: {
    postcodeAreas: ['SY', 'TF9', 'TF10', 'TF11', 'TF12', 'TF13', 'WV15', 'WV16'],
    addresses: addresses as FixtureAddress[],
    reportingWindowWorkingDays: 3,
    contact: {
      name: 'Customer Service Centre',
      phone: '0345 678 9007',
      hours: 'Monday to Friday, 9am to 5pm',
    },
  },
  guards: {
    notAtCollectionPoint: {
      description: 'Bin was not at the agreed collection point',
      test: ({ answers }) => answers.collectionPoint === 'no',
    },
  },
  pages: {
    collectionPoint: {
      insertBefore: 'binOut',
      meta: page({
        type: 'question',
        title: 'Was your bin left at your agreed collection point?',
        fields: [
          {
            type: 'radios',
            name: 'collectionPoint',
            label: 'Was your bin left at your agreed collection point?',
            hint: 'Homes on single-track or private roads may have a collection point agreed with the council, such as the end of a lane.',
            summaryLabel: 'Left at the agreed collection point',
            errorName: 'if your bin was left at your agreed collection point',
            options: [
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
              { value: 'noAgreedPoint', text: 'We do not have an agreed collection point' },
            ],
          },
        ],
      }),
      on: {
        NEXT: [{ guard: 'notAtCollectionPoint', target: 'notAtCollectionPoint' }, { target: 'binOut' }],
      },
    },
    notAtCollectionPoint: {
      meta: page({ type: 'exit', title: 'We can only collect from your agreed collection point' }),
      type: 'final',
    },
  },
});
