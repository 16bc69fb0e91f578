import { page, yesNo } from '../../src/journeys/define.js';

/** Every page of the base missed bin report, by state id. */
export const pages = {
  start: page({ type: 'start', title: 'Report a missed bin collection', button: 'Start now' }),
  postcode: page({
    type: 'question',
    title: 'What is your postcode?',
    fields: [
      { type: 'postcode', name: 'postcode', label: 'What is your postcode?', summaryLabel: 'Postcode', errorName: 'your postcode' },
    ],
  }),
  outsideArea: page({ type: 'exit', title: 'We do not collect bins at this address' }),
  address: page({
    type: 'question',
    title: 'Select your address',
    fields: [
      {
        type: 'radios',
        name: 'address',
        label: 'Select your address',
        summaryLabel: 'Address',
        errorName: 'your address',
        optionsFrom: 'addressesForPostcode',
        options: [{ value: 'notListed', text: 'My address is not listed' }],
      },
    ],
  }),
  addressNotListed: page({ type: 'exit', title: 'Report your missed collection by phone' }),
  bins: page({
    type: 'question',
    title: 'Which collections were missed?',
    fields: [
      {
        type: 'checkboxes',
        name: 'bins',
        label: 'Which collections were missed?',
        hint: 'Select all that apply.',
        summaryLabel: 'Missed collections',
        errorName: 'which collections were missed',
        options: [
          { value: 'rubbish', text: 'Rubbish' },
          { value: 'recycling', text: 'Recycling' },
          { value: 'food', text: 'Food waste' },
          { value: 'garden', text: 'Garden waste', hint: 'A paid subscription service.' },
        ],
      },
    ],
  }),
  gardenSubscription: page({
    type: 'question',
    title: 'Do you pay for garden waste collection?',
    fields: [
      yesNo('gardenSubscription', 'Do you pay for garden waste collection?', {
        hint: 'Garden waste is collected only from households with a subscription.',
        summaryLabel: 'Garden waste subscription',
        errorName: 'if you pay for garden waste collection',
      }),
    ],
  }),
  gardenOnlyNotSubscribed: page({ type: 'exit', title: 'You need a garden waste subscription' }),
  gardenNotSubscribed: page({ type: 'interruption', title: 'We have taken garden waste out of your report' }),
  collectionDate: page({
    type: 'question',
    title: 'When was your bin due to be collected?',
    fields: [
      {
        type: 'date',
        name: 'collectionDate',
        label: 'When was your bin due to be collected?',
        hint: 'For example, 27 3 2026',
        when: 'todayOrPast',
        summaryLabel: 'Collection day',
        errorName: 'the collection day',
      },
    ],
  }),
  tooLate: page({ type: 'exit', title: 'It is too late for the crew to come back' }),
  binOut: page({
    type: 'question',
    title: 'Was your bin at the edge of your property by 7am on collection day?',
    fields: [
      yesNo('binOut', 'Was your bin at the edge of your property by 7am on collection day?', {
        summaryLabel: 'Bin out by 7am',
        errorName: 'if your bin was out by 7am',
      }),
    ],
  }),
  binNotOut: page({ type: 'exit', title: 'We cannot collect bins put out after 7am' }),
  assisted: page({
    type: 'question',
    title: 'Do you get an assisted collection?',
    fields: [
      yesNo('assisted', 'Do you get an assisted collection?', {
        hint: 'This is when the crew collects your bin from your property because nobody at home can move it.',
        summaryLabel: 'Assisted collection',
        errorName: 'if you get an assisted collection',
      }),
    ],
  }),
  yourDetails: page({
    type: 'question',
    title: 'Your details',
    fields: [
      { type: 'fullName', name: 'fullName', label: 'Full name', summaryLabel: 'Name', errorName: 'your full name' },
      { type: 'email', name: 'email', label: 'Email address', hint: 'We’ll only use this to tell you about this report.', optional: true },
      { type: 'phone', name: 'phone', label: 'Phone number', hint: 'A UK mobile or landline number.', optional: true },
    ],
    rules: [{ kind: 'oneOf', fields: ['email', 'phone'], message: 'Enter an email address or a phone number' }],
  }),
  checkAnswers: page({ type: 'checkAnswers', title: 'Check your answers before sending your report', button: 'Send report' }),
  confirmation: page({ type: 'confirmation', title: 'Missed collection reported' }),
};
