import type { ActionDefinition, GuardDefinition } from '../../src/journeys/types.js';
import { inArea } from '../benefit-claim/guards.js';
import { workingDaysSince } from './dates.js';
import type { MissedBinSettings } from './settings.js';

function bins(answers: Record<string, unknown>): string[] {
  return Array.isArray(answers.bins) ? (answers.bins as string[]) : [];
}

export const guards: Record<string, GuardDefinition<MissedBinSettings>> = {
  outsideArea: {
    description: 'Postcode is outside the council’s area',
    test: ({ answers, settings }) => !inArea(answers.postcode, settings.postcodeAreas),
  },
  addressNotListed: {
    description: 'Address is not in the list',
    test: ({ answers }) => answers.address === 'notListed',
  },
  gardenWasteMissed: {
    description: 'Garden waste bin was missed',
    test: ({ answers }) => bins(answers).includes('garden'),
  },
  onlyUnsubscribedGardenWaste: {
    description: 'Only an unsubscribed garden waste bin was missed',
    test: ({ answers }) =>
      answers.gardenSubscription === 'no' && bins(answers).every((bin) => bin === 'garden'),
  },
  noGardenSubscription: {
    description: 'Does not subscribe to garden waste collection',
    test: ({ answers }) => answers.gardenSubscription === 'no',
  },
  tooLateToReport: {
    description: 'Collection day is outside the reporting window',
    test: ({ answers, settings }) =>
      workingDaysSince(answers.collectionDate) > settings.reportingWindowWorkingDays,
  },
  binNotOut: {
    description: 'Bin was not out by 7am',
    test: ({ answers }) => answers.binOut === 'no',
  },
};

export const actions: Record<string, ActionDefinition<MissedBinSettings>> = {
  dropGardenWaste: {
    description: 'Take garden waste out of the report',
    update: ({ answers }) => ({ bins: bins(answers).filter((bin) => bin !== 'garden') }),
  },
};
