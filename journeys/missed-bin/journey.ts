import { defineJourney } from '../../src/journeys/define.js';
import { nextCollectionAfter } from './dates.js';
import { actions, guards } from './guards.js';
import { pages } from './pages.js';
import { defaultSettings } from './settings.js';

/**
 * Report a missed bin collection: a short service request. Each council sets
 * its area, fixture addresses, reporting window and extra questions in
 * councils/<council>/variant.ts.
 */
export default defineJourney({
  id: 'missed-bin',
  title: 'Report a missed bin collection',
  referencePrefix: 'MBC',
  settings: defaultSettings,
  guards,
  actions,
  optionSources: {
    addressesForPostcode: ({ answers, settings }) =>
      settings.addresses
        .filter((address) => address.postcode === answers.postcode)
        .map((address) => ({ value: address.uprn, text: address.line })),
  },
  templateData: ({ answers, settings }) => ({
    nextCollection: nextCollectionAfter(answers.collectionDate, settings.collectionIntervalDays),
  }),
  machine: {
    initial: 'start',
    states: {
      start: { meta: pages.start, on: { NEXT: 'postcode' } },
      postcode: {
        meta: pages.postcode,
        on: { NEXT: [{ guard: 'outsideArea', target: 'outsideArea' }, { target: 'address' }] },
      },
      outsideArea: { meta: pages.outsideArea, type: 'final' },
      address: {
        meta: pages.address,
        on: { NEXT: [{ guard: 'addressNotListed', target: 'addressNotListed' }, { target: 'bins' }] },
      },
      addressNotListed: { meta: pages.addressNotListed, type: 'final' },
      bins: {
        meta: pages.bins,
        on: { NEXT: [{ guard: 'gardenWasteMissed', target: 'gardenSubscription' }, { target: 'collectionDate' }] },
      },
      gardenSubscription: {
        meta: pages.gardenSubscription,
        on: {
          NEXT: [
            { guard: 'onlyUnsubscribedGardenWaste', target: 'gardenOnlyNotSubscribed' },
            { guard: 'noGardenSubscription', target: 'gardenNotSubscribed', actions: ['dropGardenWaste'] },
            { target: 'collectionDate' },
          ],
        },
      },
      gardenOnlyNotSubscribed: { meta: pages.gardenOnlyNotSubscribed, type: 'final' },
      gardenNotSubscribed: { meta: pages.gardenNotSubscribed, on: { NEXT: 'collectionDate' } },
      collectionDate: {
        meta: pages.collectionDate,
        on: {
          NEXT: [
            { guard: 'tooLateToReport', target: 'tooLate' },
            { target: 'binOut' },
          ],
        },
      },
      tooLate: { meta: pages.tooLate, type: 'final' },
      binOut: {
        meta: pages.binOut,
        on: { NEXT: [{ guard: 'binNotOut', target: 'binNotOut' }, { target: 'assisted' }] },
      },
      binNotOut: { meta: pages.binNotOut, type: 'final' },
      assisted: { meta: pages.assisted, on: { NEXT: 'yourDetails' } },
      yourDetails: { meta: pages.yourDetails, on: { NEXT: 'checkAnswers' } },
      checkAnswers: { meta: pages.checkAnswers, on: { NEXT: 'confirmation' } },
      confirmation: { meta: pages.confirmation, type: 'final' },
    },
  },
});
