import type { FieldDefinition } from '../../src/fields/types.js';
import { page, yesNo } from '../../src/journeys/define.js';

const frequencyOptions = [
  { value: 'weekly', text: 'Every week' },
  { value: 'fortnightly', text: 'Every 2 weeks' },
  { value: 'fourWeekly', text: 'Every 4 weeks' },
  { value: 'monthly', text: 'Every month' },
];

function frequency(name: string, label: string): FieldDefinition {
  return { type: 'radios', name, label, options: frequencyOptions, errorName: 'how often' };
}

function howMany(name: string, label: string): FieldDefinition {
  return { type: 'number', name, label, min: 1, max: 20, errorName: 'how many' };
}

/** Every page of the base benefit claim, by state id. */
export const pages = {
  start: {
    ...page({
      type: 'start',
      title: 'Apply for Housing Benefit and Council Tax Reduction',
      button: 'Start now',
    }),
    notes:
      'Before the participant selects Start now, ask what they expect to happen when they apply. Listen for whether they know Housing Benefit and Council Tax Reduction are two different things.',
  },
  postcode: {
    ...page({
      type: 'question',
      title: 'What is the postcode of the home you are claiming for?',
      fields: [
        {
          type: 'postcode',
          name: 'postcode',
          label: 'What is the postcode of the home you are claiming for?',
          hint: 'For example, SY1 1HA',
          summaryLabel: 'Postcode',
          errorName: 'the postcode',
        },
      ],
    }),
    notes:
      'A postcode outside the council’s area ends the journey on an exit page. Watch whether the participant expects to give their full address here.',
  },
  outsideArea: page({
    type: 'exit',
    title: 'You need to apply to a different council',
  }),
  dateOfBirth: {
    ...page({
      type: 'question',
      title: 'What is your date of birth?',
      fields: [
        {
          type: 'date',
          name: 'dateOfBirth',
          label: 'What is your date of birth?',
          hint: 'For example, 27 3 1958',
          when: 'past',
          earliest: '1900-01-01',
          autocomplete: 'bday',
          summaryLabel: 'Date of birth',
          errorName: 'your date of birth',
        },
      ],
    }),
    notes:
      'Age decides the route: at State Pension age the Universal Credit questions are skipped. Note any hesitation about why the council asks.',
  },
  universalCredit: {
    ...page({
      type: 'question',
      title: 'Do you get Universal Credit?',
      fields: [yesNo('universalCredit', 'Do you get Universal Credit?', { summaryLabel: 'Gets Universal Credit', errorName: 'if you get Universal Credit' })],
    }),
    notes:
      'People on Universal Credit usually get help with rent through it, so unless they live in temporary or supported housing they can only claim Council Tax Reduction. Ask what they think happens next if they answer Yes.',
  },
  specialAccommodation: page({
    type: 'question',
    title: 'Do you live in temporary accommodation arranged by the council, or in supported housing?',
    fields: [
      yesNo(
        'specialAccommodation',
        'Do you live in temporary accommodation arranged by the council, or in supported housing?',
        {
          hint: 'Supported housing is where you get care, support or supervision, such as a hostel or a refuge.',
          summaryLabel: 'Temporary or supported accommodation',
          errorName: 'if you live in temporary accommodation or supported housing',
        },
      ),
    ],
  }),
  councilTaxOnly: {
    ...page({
      type: 'interruption',
      title: 'You can only apply for Council Tax Reduction',
    }),
    notes:
      'Watch how the participant reacts to hearing they can claim only one of the two. Ask them to say in their own words what they can still apply for.',
  },
  partner: {
    ...page({
      type: 'question',
      title: 'Do you live with a partner?',
      fields: [
        yesNo('partner', 'Do you live with a partner?', {
          hint: 'A partner is someone you are married to, in a civil partnership with, or live with as a couple.',
          summaryLabel: 'Lives with a partner',
          errorName: 'if you live with a partner',
        }),
      ],
    }),
    notes:
      'Yes leads to the partner’s details. A claimant of State Pension age with a younger partner is then told they can only claim Council Tax Reduction. Check the participant understands who counts as a partner.',
  },
  partnerDetails: page({
    type: 'question',
    title: 'Your partner’s details',
    fields: [
      { type: 'fullName', name: 'partnerName', label: 'Full name', summaryLabel: 'Partner’s name', errorName: 'your partner’s full name' },
      { type: 'date', name: 'partnerDateOfBirth', label: 'Date of birth', hint: 'For example, 27 3 1962', when: 'past', earliest: '1900-01-01', summaryLabel: 'Partner’s date of birth', errorName: 'your partner’s date of birth' },
      { type: 'nationalInsuranceNumber', name: 'partnerNationalInsuranceNumber', label: 'National Insurance number', hint: 'For example, QQ 12 34 56 C', summaryLabel: 'Partner’s National Insurance number', errorName: 'your partner’s National Insurance number' },
    ],
  }),
  mixedAgeCouple: page({
    type: 'interruption',
    title: 'You can only apply for Council Tax Reduction',
  }),
  tenure: page({
    type: 'question',
    title: 'Do you rent or own your home?',
    fields: [
      {
        type: 'radios',
        name: 'tenure',
        label: 'Do you rent or own your home?',
        summaryLabel: 'Rent or own',
        errorName: 'if you rent or own your home',
        options: [
          { value: 'council', text: 'I rent from the council or a housing association' },
          { value: 'private', text: 'I rent from a private landlord' },
          { value: 'owner', text: 'I own it, with or without a mortgage' },
          { value: 'sharedOwnership', text: 'Shared ownership', hint: 'You part-own and part-rent your home.' },
          { value: 'other', text: 'Something else' },
        ],
      },
    ],
  }),
  rent: page({
    type: 'question',
    title: 'Your rent',
    fields: [
      { type: 'money', name: 'rentAmount', label: 'How much rent do you pay?', hint: 'Include service charges you pay with your rent', min: 0.01, max: 10_000, summaryLabel: 'Rent', errorName: 'how much rent you pay' },
      frequency('rentFrequency', 'How often do you pay it?'),
    ],
  }),
  landlord: page({
    type: 'question',
    title: 'What is the name of your landlord or letting agent?',
    fields: [
      { type: 'text', name: 'landlordName', label: 'What is the name of your landlord or letting agent?', maxLength: 100, summaryLabel: 'Landlord or letting agent', errorName: 'the name of your landlord or letting agent' },
    ],
  }),
  children: page({
    type: 'question',
    title: 'Do any children live with you?',
    fields: [
      {
        type: 'radios',
        name: 'children',
        label: 'Do any children live with you?',
        hint: 'Include anyone under 16, and anyone aged 16 to 19 in full-time education.',
        summaryLabel: 'Children living with you',
        errorName: 'if any children live with you',
        options: [
          { value: 'yes', text: 'Yes', reveals: [howMany('childrenCount', 'How many children?')] },
          { value: 'no', text: 'No' },
        ],
      },
    ],
  }),
  otherAdults: page({
    type: 'question',
    title: 'Does anyone else aged 18 or over live with you?',
    fields: [
      {
        type: 'radios',
        name: 'otherAdults',
        label: 'Does anyone else aged 18 or over live with you?',
        hint: 'For example, a grown-up son or daughter, or a relative. Do not include your partner, a lodger or a joint tenant.',
        summaryLabel: 'Other adults living with you',
        errorName: 'if anyone else aged 18 or over lives with you',
        options: [
          { value: 'yes', text: 'Yes', reveals: [howMany('otherAdultsCount', 'How many people?')] },
          { value: 'no', text: 'No' },
        ],
      },
    ],
  }),
  otherAdultsWork: page({
    type: 'question',
    title: 'Do they work?',
    fields: [
      {
        type: 'radios',
        name: 'otherAdultsWork',
        label: 'Do they work?',
        hint: 'Paid work of any kind, full-time or part-time.',
        summaryLabel: 'Other adults in work',
        errorName: 'if they work',
        options: [
          { value: 'all', text: 'Yes, all of them' },
          { value: 'some', text: 'Some of them' },
          { value: 'none', text: 'No, none of them' },
        ],
      },
    ],
  }),
  benefits: page({
    type: 'question',
    title: 'Do you or your partner get any of these benefits?',
    fields: [
      {
        type: 'checkboxes',
        name: 'benefits',
        label: 'Do you or your partner get any of these benefits?',
        hint: 'Select all that apply.',
        summaryLabel: 'Benefits',
        errorName: 'if you or your partner get any of these benefits',
        options: [
          { value: 'incomeSupport', text: 'Income Support' },
          { value: 'jobseekersAllowance', text: 'income-based Jobseeker’s Allowance' },
          { value: 'employmentAndSupportAllowance', text: 'income-related Employment and Support Allowance' },
          { value: 'pensionCreditGuarantee', text: 'Pension Credit (Guarantee Credit)' },
        ],
        exclusive: { value: 'none', text: 'None of these' },
      },
    ],
  }),
  incomeTypes: page({
    type: 'question',
    title: 'What income do you and your partner have?',
    fields: [
      {
        type: 'checkboxes',
        name: 'incomeTypes',
        label: 'What income do you and your partner have?',
        hint: 'Select all that apply.',
        summaryLabel: 'Income',
        errorName: 'what income you and your partner have',
        options: [
          { value: 'employment', text: 'Earnings from a job' },
          { value: 'selfEmployment', text: 'Self-employment' },
          { value: 'otherIncome', text: 'Other income', hint: 'For example, a pension, maintenance or rent from a lodger.' },
        ],
        exclusive: { value: 'none', text: 'None of these' },
      },
    ],
  }),
  earnings: page({
    type: 'question',
    title: 'Your earnings from a job',
    fields: [
      { type: 'money', name: 'earningsAmount', label: 'How much do you get paid after tax?', hint: 'If you and your partner both work, add your pay together', min: 0.01, max: 100_000, summaryLabel: 'Earnings after tax', errorName: 'how much you get paid after tax' },
      frequency('earningsFrequency', 'How often are you paid?'),
    ],
  }),
  selfEmployment: page({
    type: 'question',
    title: 'How much profit did you make in your last full year of trading?',
    fields: [
      { type: 'money', name: 'selfEmploymentProfit', label: 'How much profit did you make in your last full year of trading?', hint: 'Enter 0 if you made a loss', min: 0, max: 1_000_000, summaryLabel: 'Self-employed profit for a year', errorName: 'your profit' },
    ],
  }),
  otherIncome: page({
    type: 'question',
    title: 'Your other income',
    fields: [
      { type: 'textarea', name: 'otherIncomeDetails', label: 'What other income do you get?', hint: 'Tell us what each payment is and who pays it.', maxLength: 500, summaryLabel: 'Other income', errorName: 'what other income you get' },
      { type: 'money', name: 'otherIncomeMonthly', label: 'How much is it in total each month?', min: 0.01, max: 100_000, summaryLabel: 'Other income each month', errorName: 'how much it is each month' },
    ],
  }),
  savings: {
    ...page({
      type: 'question',
      title: 'How much do you and your partner have in savings and investments?',
      fields: [
        { type: 'money', name: 'savings', label: 'How much do you and your partner have in savings and investments?', hint: 'Include money in bank accounts, shares and property you do not live in. Enter 0 if you have none.', min: 0, max: 100_000_000, summaryLabel: 'Savings and investments', errorName: 'how much you have in savings and investments' },
      ],
    }),
    notes:
      'Savings over a limit lead to an exit page or a warning page, and the limits differ by council and by age. Ask whether they counted savings they share with a partner.',
  },
  savingsTooHigh: page({ type: 'exit', title: 'You are unlikely to get help with rent or council tax' }),
  student: page({
    type: 'question',
    title: 'Are you a full-time student?',
    fields: [yesNo('student', 'Are you a full-time student?', { summaryLabel: 'Full-time student', errorName: 'if you are a full-time student' })],
  }),
  studentContact: page({ type: 'exit', title: 'Contact us before you apply' }),
  yourDetails: page({
    type: 'question',
    title: 'Your details',
    fields: [
      { type: 'fullName', name: 'fullName', label: 'Full name', summaryLabel: 'Name', errorName: 'your full name' },
      { type: 'nationalInsuranceNumber', name: 'nationalInsuranceNumber', label: 'National Insurance number', hint: 'It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.', errorName: 'your National Insurance number' },
      { type: 'email', name: 'email', label: 'Email address', hint: 'We’ll only use this to contact you about your application.', optional: true },
      { type: 'phone', name: 'phone', label: 'Phone number', hint: 'A UK mobile or landline number.', optional: true },
    ],
    rules: [{ kind: 'oneOf', fields: ['email', 'phone'], message: 'Enter an email address or a phone number' }],
  }),
  checkAnswers: {
    ...page({ type: 'checkAnswers', title: 'Check your answers before sending your application' }),
    notes:
      'Ask the participant to change one answer, to see whether they find the Change links and come back here.',
  },
  declaration: page({ type: 'declaration', title: 'Declaration', button: 'Accept and send' }),
  confirmation: page({ type: 'confirmation', title: 'Application complete' }),
};

/**
 * Pages for savings over one benefit's limit but not the other's. Whether
 * that can happen depends on how a council's Council Tax Reduction savings
 * limit compares with the national Housing Benefit limit, so a council whose
 * limits differ adds the page it needs (see councils/lambeth/variant.ts).
 */
export const savingsPages = {
  /** For a council whose Council Tax Reduction limit is above the Housing Benefit limit. */
  councilTaxReductionOnly: page({ type: 'interruption', title: 'You are unlikely to get Housing Benefit' }),
  /** For a council whose Council Tax Reduction limit is below the Housing Benefit limit. */
  housingBenefitOnly: page({ type: 'interruption', title: 'You are unlikely to get Council Tax Reduction' }),
};
