import { defineJourney } from '../../src/journeys/define.js';
import { councilTaxSavingsLimit, guards } from './guards.js';
import { pages } from './pages.js';
import { defaultSettings } from './settings.js';

/**
 * Apply for Housing Benefit and Council Tax Reduction: a first-time claim.
 * Branches follow the national rules; each council sets its own area, limits,
 * contact details and extra questions in councils/<council>/variant.ts.
 */
export default defineJourney({
  id: 'benefit-claim',
  title: 'Apply for Housing Benefit and Council Tax Reduction',
  referencePrefix: 'HBC',
  settings: defaultSettings,
  guards,
  templateData: ({ answers, settings }) => ({
    councilTaxSavingsLimit: councilTaxSavingsLimit(answers, settings),
  }),
  machine: {
    initial: 'start',
    states: {
      start: { meta: pages.start, on: { NEXT: 'postcode' } },
      postcode: {
        meta: pages.postcode,
        on: { NEXT: [{ guard: 'outsideArea', target: 'outsideArea' }, { target: 'dateOfBirth' }] },
      },
      outsideArea: { meta: pages.outsideArea, type: 'final' },
      dateOfBirth: {
        meta: pages.dateOfBirth,
        on: { NEXT: [{ guard: 'pensionAge', target: 'partner' }, { target: 'universalCredit' }] },
      },
      universalCredit: {
        meta: pages.universalCredit,
        on: { NEXT: [{ guard: 'getsUniversalCredit', target: 'specialAccommodation' }, { target: 'partner' }] },
      },
      specialAccommodation: {
        meta: pages.specialAccommodation,
        on: { NEXT: [{ guard: 'livesInSpecialAccommodation', target: 'partner' }, { target: 'councilTaxOnly' }] },
      },
      councilTaxOnly: { meta: pages.councilTaxOnly, on: { NEXT: 'partner' } },
      partner: {
        meta: pages.partner,
        on: {
          NEXT: [
            { guard: 'hasPartner', target: 'partnerDetails' },
            { guard: 'canClaimHousingBenefit', target: 'tenure' },
            { target: 'children' },
          ],
        },
      },
      partnerDetails: {
        meta: pages.partnerDetails,
        on: {
          NEXT: [
            { guard: 'mixedAgeCouple', target: 'mixedAgeCouple' },
            { guard: 'canClaimHousingBenefit', target: 'tenure' },
            { target: 'children' },
          ],
        },
      },
      mixedAgeCouple: { meta: pages.mixedAgeCouple, on: { NEXT: 'children' } },
      tenure: {
        meta: pages.tenure,
        on: { NEXT: [{ guard: 'rents', target: 'rent' }, { target: 'children' }] },
      },
      rent: { meta: pages.rent, on: { NEXT: 'landlord' } },
      landlord: { meta: pages.landlord, on: { NEXT: 'children' } },
      children: { meta: pages.children, on: { NEXT: 'otherAdults' } },
      otherAdults: {
        meta: pages.otherAdults,
        on: { NEXT: [{ guard: 'hasOtherAdults', target: 'otherAdultsWork' }, { target: 'benefits' }] },
      },
      otherAdultsWork: { meta: pages.otherAdultsWork, on: { NEXT: 'benefits' } },
      benefits: {
        meta: pages.benefits,
        on: { NEXT: [{ guard: 'getsPassportedBenefit', target: 'savings' }, { target: 'incomeTypes' }] },
      },
      incomeTypes: {
        meta: pages.incomeTypes,
        on: {
          NEXT: [
            { guard: 'isEmployed', target: 'earnings' },
            { guard: 'isSelfEmployed', target: 'selfEmployment' },
            { guard: 'hasOtherIncome', target: 'otherIncome' },
            { target: 'savings' },
          ],
        },
      },
      earnings: {
        meta: pages.earnings,
        on: {
          NEXT: [
            { guard: 'isSelfEmployed', target: 'selfEmployment' },
            { guard: 'hasOtherIncome', target: 'otherIncome' },
            { target: 'savings' },
          ],
        },
      },
      selfEmployment: {
        meta: pages.selfEmployment,
        on: { NEXT: [{ guard: 'hasOtherIncome', target: 'otherIncome' }, { target: 'savings' }] },
      },
      otherIncome: { meta: pages.otherIncome, on: { NEXT: 'savings' } },
      savings: {
        meta: pages.savings,
        on: { NEXT: [{ guard: 'savingsRuleOutBoth', target: 'savingsTooHigh' }, { target: 'student' }] },
      },
      savingsTooHigh: { meta: pages.savingsTooHigh, type: 'final' },
      student: {
        meta: pages.student,
        on: { NEXT: [{ guard: 'isStudent', target: 'studentContact' }, { target: 'yourDetails' }] },
      },
      studentContact: { meta: pages.studentContact, type: 'final' },
      yourDetails: { meta: pages.yourDetails, on: { NEXT: 'checkAnswers' } },
      checkAnswers: { meta: pages.checkAnswers, on: { NEXT: 'declaration' } },
      declaration: { meta: pages.declaration, on: { NEXT: 'confirmation' } },
      confirmation: { meta: pages.confirmation, type: 'final' },
    },
  },
});
