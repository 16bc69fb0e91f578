import { fileURLToPath } from 'node:url';

import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';

import { validatePage } from '../../../src/fields/index.js';
import type {
  FieldDefinition,
  FieldError,
  FormBody,
  InputValues,
} from '../../../src/fields/index.js';
import { TODAY } from './check-field.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const env = new nunjucks.Environment(
  new nunjucks.FileSystemLoader([
    `${root}views`,
    `${root}node_modules/govuk-frontend/dist`,
  ]),
  { autoescape: true },
);

function render(
  definition: FieldDefinition,
  values: InputValues = {},
  errors: Record<string, FieldError> = {},
  options: { isPageHeading?: boolean } = {},
): string {
  return env.renderString(
    '{% from "fields/field.njk" import field %}' +
      '{{ field(definition, values, errors, options) }}',
    { definition, values, errors, options },
  );
}

/** Validates `body`, then renders the field with the resulting values and errors. */
function renderSubmission(
  definition: FieldDefinition,
  body: FormBody,
  options: { isPageHeading?: boolean } = {},
): { html: string; errors: FieldError[] } {
  const result = validatePage([definition], body, { today: TODAY });
  if (result.ok) {
    expect.fail('expected the submission to fail validation');
  }
  const byField = Object.fromEntries(
    result.errors.map((error) => [error.field, error]),
  );
  return {
    html: render(definition, result.values, byField, options),
    errors: result.errors,
  };
}

/** Returns the opening tag of the element with `id`, or '' when there is none. */
function tagWithId(html: string, id: string): string {
  const pattern = new RegExp(`<[a-z]+\\b[^>]*\\sid="${id}"[^>]*>`);
  return pattern.exec(html)?.[0].replace(/\s+/g, ' ') ?? '';
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function classesOf(tag: string): string[] {
  return (attribute(tag, 'class') ?? '').split(' ');
}

describe('field.njk date field', () => {
  const dateOfBirth: FieldDefinition = {
    type: 'date',
    name: 'dateOfBirth',
    label: 'Date of birth',
    hint: 'For example, 27 3 2007',
    autocomplete: 'bday',
    when: 'past',
  };

  it('renders a real-date error on the day input', () => {
    const { html, errors } = renderSubmission(
      dateOfBirth,
      { 'dateOfBirth-day': '31', 'dateOfBirth-month': '2', 'dateOfBirth-year': '2000' },
      { isPageHeading: true },
    );
    expect(errors[0]?.href).toBe('#dateOfBirth-day');

    const day = tagWithId(html, 'dateOfBirth-day');
    expect(attribute(day, 'name')).toBe('dateOfBirth-day');
    expect(attribute(day, 'autocomplete')).toBe('bday-day');
    expect(attribute(day, 'value')).toBe('31');
    expect(classesOf(day)).toContain('govuk-input--error');

    const month = tagWithId(html, 'dateOfBirth-month');
    expect(attribute(month, 'autocomplete')).toBe('bday-month');
    expect(classesOf(month)).not.toContain('govuk-input--error');

    const year = tagWithId(html, 'dateOfBirth-year');
    expect(attribute(year, 'autocomplete')).toBe('bday-year');
    expect(classesOf(year)).toContain('govuk-input--width-4');
    expect(classesOf(year)).not.toContain('govuk-input--error');

    expect(html).toContain('Date of birth must be a real date');
    expect(tagWithId(html, 'dateOfBirth-error')).toContain('govuk-error-message');
    expect(html).toContain('govuk-form-group--error');
  });

  it('renders the label as the page heading', () => {
    const html = render(dateOfBirth, {}, {}, { isPageHeading: true });
    expect(html).toContain('govuk-fieldset__legend--l');
    expect(html).toMatch(/<h1 class="govuk-fieldset__heading">\s*Date of birth\s*<\/h1>/);
  });

  it('highlights every part when nothing is entered', () => {
    const { html, errors } = renderSubmission(dateOfBirth, {});
    expect(errors[0]?.text).toBe('Enter date of birth');
    for (const part of ['day', 'month', 'year']) {
      expect(classesOf(tagWithId(html, `dateOfBirth-${part}`))).toContain(
        'govuk-input--error',
      );
    }
  });

  it('omits autocomplete when the date is not a birthday', () => {
    const html = render({ ...dateOfBirth, autocomplete: undefined });
    expect(attribute(tagWithId(html, 'dateOfBirth-day'), 'autocomplete')).toBeUndefined();
  });
});

describe('field.njk radios with a reveal', () => {
  const contact: FieldDefinition = {
    type: 'radios',
    name: 'contactBy',
    label: 'How should we contact you?',
    errorName: 'how we should contact you',
    options: [
      {
        value: 'email',
        text: 'Email',
        reveals: [{ type: 'email', name: 'email', label: 'Email address' }],
      },
      {
        value: 'phone',
        text: 'Phone',
        reveals: [{ type: 'phone', name: 'phone', label: 'Phone number' }],
      },
    ],
  };

  it('renders the revealed field and its error inside the chosen option', () => {
    const { html, errors } = renderSubmission(contact, {
      contactBy: 'email',
      email: 'name@example',
    });
    expect(errors[0]?.href).toBe('#email');

    const firstRadio = tagWithId(html, 'contactBy');
    expect(attribute(firstRadio, 'type')).toBe('radio');
    expect(firstRadio).toContain(' checked');

    const chosenConditional = tagWithId(html, 'conditional-contactBy');
    expect(classesOf(chosenConditional)).not.toContain(
      'govuk-radios__conditional--hidden',
    );
    const otherConditional = tagWithId(html, 'conditional-contactBy-2');
    expect(classesOf(otherConditional)).toContain(
      'govuk-radios__conditional--hidden',
    );

    const conditionalHtml = html.slice(
      html.indexOf('id="conditional-contactBy"'),
      html.indexOf('id="conditional-contactBy-2"'),
    );
    const email = tagWithId(conditionalHtml, 'email');
    expect(attribute(email, 'type')).toBe('email');
    expect(attribute(email, 'autocomplete')).toBe('email');
    expect(attribute(email, 'spellcheck')).toBe('false');
    expect(attribute(email, 'value')).toBe('name@example');
    expect(classesOf(email)).toContain('govuk-input--error');
    expect(conditionalHtml).toContain(
      'Enter an email address in the correct format, like name@example.com',
    );

    const phone = tagWithId(html, 'phone');
    expect(attribute(phone, 'type')).toBe('tel');
    expect(attribute(phone, 'autocomplete')).toBe('tel');
  });

  it('links a radios error to the first radio', () => {
    const { html, errors } = renderSubmission(contact, {});
    expect(errors[0]?.href).toBe('#contactBy');
    expect(attribute(tagWithId(html, 'contactBy'), 'value')).toBe('email');
    expect(html).toContain('Select how we should contact you');
  });
});

describe('field.njk single inputs', () => {
  interface InputCase {
    definition: FieldDefinition;
    attributes: Record<string, string | undefined>;
    classes: string[];
  }

  it.each<InputCase>([
    {
      definition: { type: 'fullName', name: 'fullName', label: 'Full name' },
      attributes: { autocomplete: 'name', spellcheck: 'false', type: 'text' },
      classes: [],
    },
    {
      definition: { type: 'phone', name: 'phone', label: 'Phone number' },
      attributes: { autocomplete: 'tel', type: 'tel' },
      classes: ['govuk-input--width-20'],
    },
    {
      definition: { type: 'postcode', name: 'postcode', label: 'Postcode' },
      attributes: { autocomplete: 'postal-code' },
      classes: ['govuk-input--width-10'],
    },
    {
      definition: { type: 'nationalInsuranceNumber', name: 'nino', label: 'National Insurance number' },
      attributes: { spellcheck: 'false', autocomplete: undefined },
      classes: ['govuk-input--width-10'],
    },
    {
      definition: { type: 'money', name: 'rent', label: 'Rent' },
      attributes: { inputmode: 'decimal', spellcheck: 'false' },
      classes: ['govuk-input--width-10'],
    },
    {
      definition: { type: 'number', name: 'people', label: 'People', min: 1, max: 9 },
      attributes: { inputmode: 'numeric' },
      classes: ['govuk-input--width-5'],
    },
    {
      definition: { type: 'text', name: 'street', label: 'Street', autocomplete: 'address-line1', width: '20' },
      attributes: { autocomplete: 'address-line1', spellcheck: undefined },
      classes: ['govuk-input--width-20'],
    },
    {
      definition: { type: 'text', name: 'reference', label: 'Reference', width: 'one-half', spellcheck: false },
      attributes: { autocomplete: undefined, spellcheck: 'false', inputmode: undefined },
      classes: ['govuk-!-width-one-half'],
    },
  ])(
    'renders $definition.type $definition.name with its attributes',
    ({ definition, attributes, classes }) => {
    const tag = tagWithId(render(definition), definition.name);
    expect(attribute(tag, 'name')).toBe(definition.name);
    for (const [name, value] of Object.entries(attributes)) {
      expect(attribute(tag, name), name).toBe(value);
    }
    for (const className of classes) {
      expect(classesOf(tag)).toContain(className);
    }
    },
  );

  it('prefixes money with a pound sign', () => {
    const html = render({ type: 'money', name: 'rent', label: 'Rent' });
    expect(html).toMatch(/<div class="govuk-input__prefix" aria-hidden="true">£<\/div>/);
  });

  it('renders a single question label as the page heading', () => {
    const html = render(
      { type: 'postcode', name: 'postcode', label: 'What is your postcode?' },
      {},
      {},
      { isPageHeading: true },
    );
    expect(html).toMatch(/<h1 class="govuk-label-wrapper">\s*<label class="govuk-label govuk-label--l" for="postcode">/);
  });

  it('escapes submitted values', () => {
    const html = render(
      { type: 'text', name: 'reference', label: 'Reference' },
      { reference: '"><script>alert(1)</script>' },
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('renders a textarea with the character count', () => {
    const html = render(
      { type: 'textarea', name: 'details', label: 'Details', maxLength: 500, rows: 8 },
      { details: 'one\ntwo' },
    );
    expect(html).toContain('data-module="govuk-character-count"');
    expect(html).toContain('data-maxlength="500"');
    expect(attribute(tagWithId(html, 'details'), 'rows')).toBe('8');
    expect(html).toContain('>one\ntwo</textarea>');
  });
});

describe('field.njk checkboxes', () => {
  const benefits: FieldDefinition = {
    type: 'checkboxes',
    name: 'benefits',
    label: 'Which benefits do you get?',
    errorName: 'which benefits you get',
    options: [
      { value: 'universalCredit', text: 'Universal Credit' },
      { value: 'housingBenefit', text: 'Housing Benefit' },
    ],
    exclusive: { value: 'none', text: 'None of these' },
  };

  it('renders the exclusive option after an "or" divider', () => {
    const html = render(benefits, { benefits: ['housingBenefit'] });
    expect(html).toMatch(/<div class="govuk-checkboxes__divider">or<\/div>/);
    const none = tagWithId(html, 'benefits-4');
    expect(attribute(none, 'value')).toBe('none');
    expect(attribute(none, 'data-behaviour')).toBe('exclusive');
    expect(html.indexOf('govuk-checkboxes__divider')).toBeLessThan(
      html.indexOf('id="benefits-4"'),
    );
    expect(tagWithId(html, 'benefits-2')).toContain(' checked');
    expect(tagWithId(html, 'benefits')).not.toContain(' checked');
  });

  it('links an error to the first checkbox', () => {
    const { html, errors } = renderSubmission(benefits, {
      benefits: ['universalCredit', 'none'],
    });
    expect(errors[0]?.href).toBe('#benefits');
    expect(attribute(tagWithId(html, 'benefits'), 'value')).toBe('universalCredit');
    expect(html).toContain(
      'Select which benefits you get, or select ‘None of these’',
    );
  });
});
