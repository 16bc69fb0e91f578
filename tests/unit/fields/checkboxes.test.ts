import { describe, expect, it } from 'vitest';

import {
  formatAnswer,
  inputValuesFromAnswers,
  validatePage,
} from '../../../src/fields/index.js';
import type { CheckboxesField } from '../../../src/fields/index.js';
import { answerFor, errorFor, TODAY } from './check-field.js';

const benefits: CheckboxesField = {
  type: 'checkboxes',
  name: 'benefits',
  label: 'Which benefits do you get?',
  errorName: 'which benefits you get',
  options: [
    { value: 'universalCredit', text: 'Universal Credit' },
    {
      value: 'pensionCredit',
      text: 'Pension Credit',
      reveals: [
        {
          type: 'money',
          name: 'pensionCreditAmount',
          label: 'How much Pension Credit do you get each week?',
          errorName: 'how much Pension Credit you get',
        },
      ],
    },
    { value: 'housingBenefit', text: 'Housing Benefit' },
  ],
  exclusive: { value: 'none', text: 'None of these' },
};

const REQUIRED = 'Select which benefits you get';

describe('checkboxes field', () => {
  it.each([
    ['housingBenefit', ['housingBenefit']],
    [['housingBenefit', 'universalCredit'], ['universalCredit', 'housingBenefit']],
    [['universalCredit', 'universalCredit'], ['universalCredit']],
    [[' universalCredit '], ['universalCredit']],
    ['none', ['none']],
    [['none'], ['none']],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(benefits, { benefits: input })).toEqual(expected);
  });

  it.each([
    [undefined, REQUIRED],
    ['', REQUIRED],
    [[], REQUIRED],
    [['', ' '], REQUIRED],
    ['jobseekers', REQUIRED],
    [['universalCredit', 'jobseekers'], REQUIRED],
    [
      ['universalCredit', 'none'],
      'Select which benefits you get, or select ‘None of these’',
    ],
  ])('rejects %j with %j', (input, message) => {
    const error = errorFor(benefits, { benefits: input });
    expect(error.text).toBe(message);
    expect(error.href).toBe('#benefits');
  });

  it('validates fields revealed by a chosen option', () => {
    const result = validatePage(
      [benefits],
      { benefits: ['pensionCredit'], pensionCreditAmount: '' },
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        field: 'pensionCreditAmount',
        text: 'Enter how much Pension Credit you get',
        href: '#pensionCreditAmount',
      },
    ]);
  });

  it('discards fields revealed by options not chosen', () => {
    const result = validatePage(
      [benefits],
      { benefits: 'universalCredit', pensionCreditAmount: '£200' },
      { today: TODAY },
    );
    expect(result).toEqual({
      ok: true,
      answers: { benefits: ['universalCredit'], pensionCreditAmount: undefined },
    });
  });

  it('keeps a revealed answer while its option is chosen', () => {
    const result = validatePage(
      [benefits],
      { benefits: ['pensionCredit', 'housingBenefit'], pensionCreditAmount: '£200.10' },
      { today: TODAY },
    );
    expect(result).toEqual({
      ok: true,
      answers: {
        benefits: ['pensionCredit', 'housingBenefit'],
        pensionCreditAmount: 200.1,
      },
    });
  });

  it('leaves optional empty checkboxes unanswered', () => {
    const optional: CheckboxesField = { ...benefits, optional: true };
    expect(answerFor(optional, {})).toBeUndefined();
  });

  it('formats option texts one per line', () => {
    expect(
      formatAnswer(benefits, ['universalCredit', 'housingBenefit']),
    ).toBe('Universal Credit\nHousing Benefit');
    expect(formatAnswer(benefits, ['none'])).toBe('None of these');
  });

  it('prefills the chosen values and revealed answers', () => {
    expect(
      inputValuesFromAnswers([benefits], {
        benefits: ['pensionCredit'],
        pensionCreditAmount: 200.1,
      }),
    ).toEqual({ benefits: ['pensionCredit'], pensionCreditAmount: '200.10' });
  });
});
