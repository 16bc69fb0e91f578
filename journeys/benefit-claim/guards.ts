import type { Answers } from '../../src/fields/types.js';
import type { GuardDefinition } from '../../src/journeys/types.js';
import type { BenefitClaimSettings } from './settings.js';

type Guard = GuardDefinition<BenefitClaimSettings>;

const passportedBenefits = new Set([
  'incomeSupport',
  'jobseekersAllowance',
  'employmentAndSupportAllowance',
  'pensionCreditGuarantee',
]);
const rentedTenures = new Set(['council', 'private', 'sharedOwnership']);

/** Whole years between an ISO date of birth and today, by calendar date. */
export function ageOn(dateOfBirth: unknown, today = new Date()): number {
  if (typeof dateOfBirth !== 'string') return Number.NaN;
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  if (!year || !month || !day) return Number.NaN;
  const hadBirthday =
    today.getMonth() + 1 > month ||
    (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (hadBirthday ? 0 : 1);
}

/** True when a postcode's outward code is in one of the council's areas or districts. */
export function inArea(postcode: unknown, areas: readonly string[]): boolean {
  if (typeof postcode !== 'string') return false;
  const outward = postcode.trim().split(/\s+/)[0]!.toUpperCase();
  const letters = outward.replace(/\d.*$/, '');
  return areas.some((area) => area === outward || area === letters);
}

function isPensionAge(answers: Answers, settings: BenefitClaimSettings): boolean {
  return ageOn(answers.dateOfBirth) >= settings.pensionAge;
}

function isMixedAgeCouple(answers: Answers, settings: BenefitClaimSettings): boolean {
  return (
    answers.partner === 'yes' &&
    isPensionAge(answers, settings) &&
    ageOn(answers.partnerDateOfBirth) < settings.pensionAge
  );
}

/** Working-age people on Universal Credit get help with rent through it, outside special housing. */
function canClaimHousingBenefit(answers: Answers, settings: BenefitClaimSettings): boolean {
  const universalCreditCoversRent =
    !isPensionAge(answers, settings) &&
    answers.universalCredit === 'yes' &&
    answers.specialAccommodation !== 'yes';
  return !universalCreditCoversRent && !isMixedAgeCouple(answers, settings);
}

function listIncludes(value: unknown, item: string): boolean {
  return Array.isArray(value) && value.includes(item);
}

function savingsOver(limit: number, answers: Answers): boolean {
  const savings = typeof answers.savings === 'number' ? answers.savings : 0;
  return savings > limit && !listIncludes(answers.benefits, 'pensionCreditGuarantee');
}

export function councilTaxSavingsLimit(answers: Answers, settings: BenefitClaimSettings): number {
  return isPensionAge(answers, settings)
    ? settings.pensionAgeCouncilTaxReductionSavingsLimit
    : settings.councilTaxReductionSavingsLimit;
}

function savingsRuleOut(answers: Answers, settings: BenefitClaimSettings) {
  const housingBenefitPossible =
    canClaimHousingBenefit(answers, settings) && rentedTenures.has(String(answers.tenure));
  return {
    housingBenefit:
      housingBenefitPossible && savingsOver(settings.housingBenefitSavingsLimit, answers),
    councilTaxReduction: savingsOver(councilTaxSavingsLimit(answers, settings), answers),
    housingBenefitPossible,
  };
}

export const guards: Record<string, Guard> = {
  outsideArea: {
    description: 'Postcode is outside the council’s area',
    test: ({ answers, settings }) => !inArea(answers.postcode, settings.postcodeAreas),
  },
  pensionAge: {
    description: 'Claimant is State Pension age or over',
    test: ({ answers, settings }) => isPensionAge(answers, settings),
  },
  getsUniversalCredit: {
    description: 'Gets Universal Credit',
    test: ({ answers }) => answers.universalCredit === 'yes',
  },
  livesInSpecialAccommodation: {
    description: 'Lives in temporary or supported accommodation',
    test: ({ answers }) => answers.specialAccommodation === 'yes',
  },
  hasPartner: {
    description: 'Lives with a partner',
    test: ({ answers }) => answers.partner === 'yes',
  },
  mixedAgeCouple: {
    description: 'Claimant is pension age and partner is under pension age',
    test: ({ answers, settings }) => isMixedAgeCouple(answers, settings),
  },
  canClaimHousingBenefit: {
    description: 'Can claim Housing Benefit as well as Council Tax Reduction',
    test: ({ answers, settings }) => canClaimHousingBenefit(answers, settings),
  },
  rents: {
    description: 'Rents their home',
    test: ({ answers }) => rentedTenures.has(String(answers.tenure)),
  },
  hasOtherAdults: {
    description: 'Other adults live in the home',
    test: ({ answers }) => answers.otherAdults === 'yes',
  },
  getsPassportedBenefit: {
    description: 'Gets a passported benefit',
    test: ({ answers }) =>
      Array.isArray(answers.benefits) &&
      answers.benefits.some((benefit) => passportedBenefits.has(benefit)),
  },
  isEmployed: {
    description: 'Has earnings from employment',
    test: ({ answers }) => listIncludes(answers.incomeTypes, 'employment'),
  },
  isSelfEmployed: {
    description: 'Is self-employed',
    test: ({ answers }) => listIncludes(answers.incomeTypes, 'selfEmployment'),
  },
  hasOtherIncome: {
    description: 'Has other income',
    test: ({ answers }) => listIncludes(answers.incomeTypes, 'otherIncome'),
  },
  savingsRuleOutBoth: {
    description: 'Savings over the limits for both benefits',
    test: ({ answers, settings }) => {
      const ruledOut = savingsRuleOut(answers, settings);
      return (
        ruledOut.councilTaxReduction &&
        (ruledOut.housingBenefit || !ruledOut.housingBenefitPossible)
      );
    },
  },
  savingsRuleOutHousingBenefit: {
    description: 'Savings over the Housing Benefit limit only',
    test: ({ answers, settings }) => {
      const ruledOut = savingsRuleOut(answers, settings);
      return ruledOut.housingBenefit && !ruledOut.councilTaxReduction;
    },
  },
  savingsRuleOutCouncilTaxReduction: {
    description: 'Savings over the Council Tax Reduction limit only',
    test: ({ answers, settings }) => {
      const ruledOut = savingsRuleOut(answers, settings);
      return ruledOut.councilTaxReduction && !ruledOut.housingBenefit;
    },
  },
  isStudent: {
    description: 'Is a full-time student',
    test: ({ answers }) => answers.student === 'yes',
  },
};
