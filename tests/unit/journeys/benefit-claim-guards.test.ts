import { describe, expect, it } from 'vitest';
import { ageOn, guards, inArea } from '../../../journeys/benefit-claim/guards.js';
import { defaultSettings, type BenefitClaimSettings } from '../../../journeys/benefit-claim/settings.js';
import type { Answers } from '../../../src/fields/types.js';

const lambeth: BenefitClaimSettings = {
  ...defaultSettings,
  postcodeAreas: ['SE11', 'SW2'],
  councilTaxReductionSavingsLimit: 6_000,
};
const shropshire: BenefitClaimSettings = { ...defaultSettings, postcodeAreas: ['SY', 'TF9'] };
const today = new Date();
const yearsAgo = (years: number) =>
  `${today.getFullYear() - years}-${String(today.getMonth() + 1).padStart(2, '0')}-01`;
const pensioner = yearsAgo(70);
const workingAge = yearsAgo(40);

function test(name: string, answers: Answers, settings: BenefitClaimSettings = lambeth): boolean {
  return guards[name]!.test({ answers, settings });
}

describe('ageOn', () => {
  it.each([
    ['1960-03-15', new Date(2026, 2, 14), 65],
    ['1960-03-15', new Date(2026, 2, 15), 66],
    ['1960-02-29', new Date(2026, 1, 28), 65],
    ['1960-02-29', new Date(2026, 2, 1), 66],
  ])('%s on %s is %d', (dateOfBirth, on, expected) => {
    expect(ageOn(dateOfBirth, on)).toBe(expected);
  });

  it('is not a number without a date', () => {
    expect(ageOn(undefined)).toBeNaN();
  });
});

describe('inArea', () => {
  it.each([
    ['SE11 5AB', ['SE11'], true],
    ['SE1 7PB', ['SE11'], false],
    ['SE11 5AB', ['SE1'], false],
    ['SY3 9EX', ['SY'], true],
    ['S1 2AB', ['SY'], false],
    ['TF9 3AB', ['TF9'], true],
    ['TF1 3AB', ['TF9'], false],
  ])('%s in %j is %s', (postcode, areas, expected) => {
    expect(inArea(postcode, areas)).toBe(expected);
  });
});

describe('benefit claim guards', () => {
  it('finds pension age from the council setting', () => {
    expect(test('pensionAge', { dateOfBirth: yearsAgo(66) })).toBe(true);
    expect(test('pensionAge', { dateOfBirth: yearsAgo(65) })).toBe(false);
  });

  it('limits working-age Universal Credit claimants to Council Tax Reduction', () => {
    const onUniversalCredit = { dateOfBirth: workingAge, universalCredit: 'yes' };
    expect(test('canClaimHousingBenefit', { ...onUniversalCredit, specialAccommodation: 'no' })).toBe(false);
    expect(test('canClaimHousingBenefit', { ...onUniversalCredit, specialAccommodation: 'yes' })).toBe(true);
    expect(test('canClaimHousingBenefit', { dateOfBirth: workingAge, universalCredit: 'no' })).toBe(true);
  });

  it('spots a mixed-age couple', () => {
    const couple = { dateOfBirth: pensioner, partner: 'yes' };
    expect(test('mixedAgeCouple', { ...couple, partnerDateOfBirth: workingAge })).toBe(true);
    expect(test('mixedAgeCouple', { ...couple, partnerDateOfBirth: pensioner })).toBe(false);
    expect(test('canClaimHousingBenefit', { ...couple, partnerDateOfBirth: workingAge })).toBe(false);
  });

  it('passports only the listed benefits', () => {
    expect(test('getsPassportedBenefit', { benefits: ['incomeSupport'] })).toBe(true);
    expect(test('getsPassportedBenefit', { benefits: ['none'] })).toBe(false);
    expect(test('getsPassportedBenefit', {})).toBe(false);
  });

  describe('savings', () => {
    const renter = { dateOfBirth: workingAge, universalCredit: 'no', tenure: 'private' };

    it.each([
      [5_000, lambeth, 'none'],
      [6_000, lambeth, 'none'],
      [6_000.01, lambeth, 'savingsRuleOutCouncilTaxReduction'],
      [16_000.01, lambeth, 'savingsRuleOutBoth'],
      [10_000, shropshire, 'none'],
      [16_000.01, shropshire, 'savingsRuleOutBoth'],
    ])('£%d for a working-age renter gives %s', (savings, settings, expected) => {
      const rules = ['savingsRuleOutBoth', 'savingsRuleOutHousingBenefit', 'savingsRuleOutCouncilTaxReduction'];
      const taken = rules.find((rule) => test(rule, { ...renter, savings }, settings)) ?? 'none';
      expect(taken).toBe(expected);
    });

    it('ignores savings for Guarantee Credit', () => {
      const answers = { ...renter, savings: 50_000, benefits: ['pensionCreditGuarantee'] };
      expect(test('savingsRuleOutBoth', answers)).toBe(false);
    });

    it('keeps Council Tax Reduction for a pensioner over the Housing Benefit limit in a higher-limit council', () => {
      const settings = { ...shropshire, pensionAgeCouncilTaxReductionSavingsLimit: 20_000 };
      const answers = { dateOfBirth: pensioner, tenure: 'council', savings: 17_000 };
      expect(test('savingsRuleOutHousingBenefit', answers, settings)).toBe(true);
      expect(test('savingsRuleOutBoth', answers, settings)).toBe(false);
    });

    it('rules out both for an owner over the Council Tax Reduction limit', () => {
      const answers = { dateOfBirth: workingAge, universalCredit: 'no', tenure: 'owner', savings: 7_000 };
      expect(test('savingsRuleOutBoth', answers)).toBe(true);
    });
  });
});
