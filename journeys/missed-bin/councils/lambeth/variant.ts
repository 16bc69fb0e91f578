import { defineVariant, page, yesNo } from '../../../../src/journeys/define.js';
import type { FixtureAddress, MissedBinSettings } from '../../settings.js';
import addresses from './addresses.json' with { type: 'json' };

/**
 * An urban London borough. Many homes are flats with communal bins, which
 * residents do not put out, so communal bin users tell the council where the
 * bin store is and skip the question about putting the bin out.
 */
export default defineVariant<MissedBinSettings>({
  council: { id: 'lambeth', name: 'Lambeth Council', brandColour: '#1d4f91' },
  examples: { postcode: 'SW2 1RW', address: '100021900001', communalBins: 'no' },
  settings: {
    postcodeAreas: ['SE1', 'SE5', 'SE11', 'SE24', 'SE27', 'SW2', 'SW4', 'SW8', 'SW9', 'SW12', 'SW16'],
    addresses: addresses as FixtureAddress[],
    reportingWindowWorkingDays: 2,
    contact: {
      name: 'Waste and recycling',
      phone: '020 7926 9000',
      hours: 'Monday to Friday, 8am to 6pm',
      chatUrl: 'https://www.lambeth.gov.uk/contact-us',
    },
  },
  guards: {
    usesCommunalBins: {
      description: 'Uses communal bins',
      test: ({ answers }) => answers.communalBins === 'yes',
    },
  },
  routes: {
    collectionDate: [
      { guard: 'tooLateToReport', target: 'tooLate' },
      { guard: 'usesCommunalBins', target: 'assisted' },
      { target: 'binOut' },
    ],
  },
  pages: {
    communalBins: {
      insertBefore: 'bins',
      meta: page({
        type: 'question',
        title: 'Do you use communal bins?',
        fields: [
          yesNo('communalBins', 'Do you use communal bins?', {
            hint: 'Large bins shared by a block of flats or an estate.',
            summaryLabel: 'Communal bins',
            errorName: 'if you use communal bins',
          }),
        ],
      }),
      on: { NEXT: [{ guard: 'usesCommunalBins', target: 'binStore' }, { target: 'bins' }] },
    },
    binStore: {
      meta: page({
        type: 'question',
        title: 'Where are the communal bins?',
        fields: [
          { type: 'text', name: 'estateName', label: 'Estate or building name', maxLength: 100, summaryLabel: 'Estate or building', errorName: 'the estate or building name' },
          { type: 'textarea', name: 'binStoreLocation', label: 'Where is the bin store?', hint: 'For example, behind block C, next to the car park.', maxLength: 200, summaryLabel: 'Bin store', errorName: 'where the bin store is' },
        ],
      }),
      on: { NEXT: 'bins' },
    },
  },
});
