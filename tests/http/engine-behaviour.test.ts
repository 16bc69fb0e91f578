import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { CompiledJourney } from '../../src/journeys/compiled-journey.js';
import { answersFor, loadScenarios } from '../../src/testing/scenarios.js';
import { csrfTokenOf, errorSummaryOf, headingOf, Participant, titleOf } from '../support/participant.js';
import { journeyOf, startTestKit, type TestKit } from '../support/test-kit.js';

let kit: TestKit;
let journey: CompiledJourney;
const renter = loadScenarios('benefit-claim').find((s) => s.name === 'private-renter')!;

beforeAll(async () => {
  kit = await startTestKit();
  journey = journeyOf(kit, 'lambeth', 'benefit-claim');
});
afterAll(() => kit.dispose());

/** A participant who has answered everything and is on check answers. */
async function atCheckAnswers(): Promise<Participant> {
  const participant = new Participant(kit.app, journey);
  const answers = answersFor(renter, journey.examples);
  let current = journey.initial;
  while (current !== 'checkAnswers') {
    const response = await participant.submit(current, answers);
    current = participant.stateAt(response.location)!;
  }
  return participant;
}

function backLinkOf(html: string): string | undefined {
  return /<a href="([^"]+)" class="govuk-back-link"/.exec(html)?.[1];
}

describe('pages and redirects', () => {
  it('redirects after a valid answer', async () => {
    const participant = new Participant(kit.app, journey);
    await participant.submit('start', {});

    const response = await participant.submit('postcode', { postcode: 'se11 5ab' });

    expect(response.status).toBe(303);
    expect(participant.stateAt(response.location)).toBe('dateOfBirth');
    expect((await participant.get('dateOfBirth')).status).toBe(200);
  });

  it('sends a page off the route to the page to answer next', async () => {
    const participant = new Participant(kit.app, journey);
    await participant.submit('start', {});

    const response = await participant.get('savings');

    expect(response.status).toBe(302);
    expect(participant.stateAt(response.location)).toBe('postcode');
  });

  it('rejects a post to a page off the route', async () => {
    const participant = new Participant(kit.app, journey);
    const start = await participant.get('start');

    const response = await participant.post('savings', { savings: '10', _csrf: csrfTokenOf(start.text) });

    expect(response.status).toBe(303);
    expect(participant.stateAt(response.location)).toBe('start');
  });

  it('links back to the previous page on the route', async () => {
    const participant = new Participant(kit.app, journey);
    await participant.walk({ ...answersFor(renter, journey.examples), student: '' }).catch(() => undefined);

    const page = await participant.get('student');

    expect(backLinkOf(page.text)).toBe(participant.url('savings'));
  });

  it('shows the start page without a back link', async () => {
    const page = await new Participant(kit.app, journey).get('start');

    expect(page.status).toBe(200);
    expect(backLinkOf(page.text)).toBeUndefined();
    expect(page.text).toContain('govuk-button--start');
  });
});

describe('validation', () => {
  it('shows errors without losing what was typed', async () => {
    const participant = new Participant(kit.app, journey);
    await participant.submit('start', {});
    await participant.submit('postcode', { postcode: 'SW2 1RW' });

    const response = await participant.submit('dateOfBirth', {
      'dateOfBirth-day': '31',
      'dateOfBirth-month': 'feb',
      'dateOfBirth-year': '1980',
    });

    expect(response.status).toBe(400);
    expect(titleOf(response.text)).toMatch(/^Error: /);
    expect(errorSummaryOf(response.text)).toHaveLength(1);
    expect(response.text).toContain('value="31"');
    expect(response.text).toContain('value="feb"');
    expect(response.text).toContain('href="#dateOfBirth-day"');
  });

  it('does not move the participant on after an invalid answer', async () => {
    const participant = new Participant(kit.app, journey);
    await participant.submit('start', {});

    await participant.submit('postcode', { postcode: 'not a postcode' });
    const next = await participant.get('dateOfBirth');

    expect(participant.stateAt(next.location)).toBe('postcode');
  });

  it('keeps earlier answers after an invalid answer', async () => {
    const participant = new Participant(kit.app, journey);
    await participant.submit('start', {});
    await participant.submit('postcode', { postcode: 'sw21rw' });
    await participant.submit('dateOfBirth', { 'dateOfBirth-day': 'x' });

    const postcode = await participant.get('postcode');

    expect(postcode.text).toContain('value="SW2 1RW"');
  });
});

describe('check answers', () => {
  it('lists answers with Change links that carry hidden text', async () => {
    const participant = await atCheckAnswers();

    const page = await participant.get('checkAnswers');

    expect(headingOf(page.text)).toBe('Check your answers before sending your application');
    expect(page.text).toContain('SW2 1RW');
    expect(page.text).toContain('£1,234.50');
    expect(page.text).toMatch(/Change<span class="govuk-visually-hidden"> Date of birth<\/span>/);
  });

  it('returns to check answers after a change', async () => {
    const participant = await atCheckAnswers();

    const response = await participant.submit('children', { children: 'yes', childrenCount: '3' }, '?change=true');

    expect(participant.stateAt(response.location)).toBe('checkAnswers');
  });

  it('asks new questions a change opens before check answers', async () => {
    const participant = await atCheckAnswers();

    const changed = await participant.submit('partner', { partner: 'yes' }, '?change=true');
    expect(participant.stateAt(changed.location)).toBe('partnerDetails');
    expect(changed.location).toContain('change=true');

    const details = await participant.submit(
      'partnerDetails',
      {
        partnerName: 'Kim Lee',
        'partnerDateOfBirth-day': '2',
        'partnerDateOfBirth-month': '2',
        'partnerDateOfBirth-year': '1991',
        partnerNationalInsuranceNumber: 'JG103759A',
      },
      '?change=true',
    );
    expect(participant.stateAt(details.location)).toBe('checkAnswers');
  });

  it('keeps the way back to check answers through an interruption', async () => {
    const participant = await atCheckAnswers();

    const changed = await participant.submit('universalCredit', { universalCredit: 'yes' }, '?change=true');
    const special = await participant.submit('specialAccommodation', { specialAccommodation: 'no' }, '?change=true');
    const interruption = await participant.submit('councilTaxOnly', {}, '?change=true');

    expect(participant.stateAt(changed.location)).toBe('specialAccommodation');
    expect(special.location).toBe(`${participant.url('councilTaxOnly')}?change=true`);
    expect(participant.stateAt(interruption.location)).toBe('checkAnswers');
  });

  it('keeps changes posted from two tabs at once', async () => {
    const answers = answersFor(renter, journey.examples);

    // One try can miss the overlap that loses an answer, so it runs ten times.
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const participant = await atCheckAnswers();
      const token = csrfTokenOf((await participant.get('checkAnswers')).text);
      const landlord = `Landlord number ${attempt}`;
      const name = `Robin Tab${attempt}`;

      const [first, second] = await Promise.all([
        participant.post('landlord', { landlordName: landlord, _csrf: token }, '?change=true'),
        participant.post('yourDetails', { ...answers, fullName: name, _csrf: token }, '?change=true'),
      ]);
      const summary = (await participant.get('checkAnswers')).text;

      expect(first.status, `attempt ${attempt}`).toBe(303);
      expect(second.status, `attempt ${attempt}`).toBe(303);
      expect(summary, `attempt ${attempt}`).toContain(landlord);
      expect(summary, `attempt ${attempt}`).toContain(name);
    }
  });

  it('drops answers on a branch the participant left', async () => {
    const participant = await atCheckAnswers();
    await participant.submit('universalCredit', { universalCredit: 'yes' }, '?change=true');
    await participant.submit('specialAccommodation', { specialAccommodation: 'no' }, '?change=true');
    const interruption = await participant.submit('councilTaxOnly', {}, '?change=true');
    expect(participant.stateAt(interruption.location)).toBe('checkAnswers');

    const page = await participant.get('checkAnswers');
    expect(page.text).not.toContain('£1,234.50');
    expect(page.text).not.toContain('Acme Lettings');

    await participant.submit('checkAnswers', {});
    await participant.submit('declaration', {});
    const confirmation = await participant.get('confirmation');
    const reference = /<strong>([^<]+)<\/strong>/.exec(confirmation.text)![1];
    const claim = kit.claims.list().find((c) => c.reference === reference)!;
    expect(claim.answers).not.toHaveProperty('rentAmount');
    expect(claim.answers).not.toHaveProperty('landlordName');
    expect(claim.answers).toMatchObject({ universalCredit: 'yes', specialAccommodation: 'no' });
  });

  it('discards a revealed answer when another option is chosen', async () => {
    const participant = await atCheckAnswers();
    await participant.submit('children', { children: 'yes', childrenCount: '2' }, '?change=true');

    await participant.submit('children', { children: 'no', childrenCount: '2' }, '?change=true');
    const page = await participant.get('checkAnswers');

    expect(page.text).not.toContain('How many children?');
  });
});

describe('submission', () => {
  it('stores one claim for a double click', async () => {
    const participant = await atCheckAnswers();
    await participant.submit('checkAnswers', {});
    const declaration = await participant.get('declaration');
    const token = csrfTokenOf(declaration.text);
    const before = kit.claims.count();

    const [first, second] = await Promise.all([
      participant.post('declaration', { _csrf: token }),
      participant.post('declaration', { _csrf: token }),
    ]);

    expect(participant.stateAt(first.location)).toBe('confirmation');
    expect(participant.stateAt(second.location)).toBe('confirmation');
    expect(kit.claims.count()).toBe(before + 1);
  });

  it('keeps showing the confirmation after going back', async () => {
    const participant = await atCheckAnswers();
    await participant.submit('checkAnswers', {});
    const declaration = await participant.get('declaration');
    const token = csrfTokenOf(declaration.text);
    await participant.post('declaration', { _csrf: token });
    const first = await participant.get('confirmation');
    const before = kit.claims.count();

    const back = await participant.get('declaration');
    const resent = await participant.post('declaration', { _csrf: token });
    const later = await participant.get('confirmation');

    expect(participant.stateAt(back.location)).toBe('confirmation');
    expect(participant.stateAt(resent.location)).toBe('confirmation');
    expect(kit.claims.count()).toBe(before);
    expect(later.text).toContain(/<strong>([^<]+)<\/strong>/.exec(first.text)![1]);
    expect(later.text).toContain('govuk-panel--confirmation');
  });

  it('starts a new claim from the start page after submitting', async () => {
    const participant = await atCheckAnswers();
    await participant.submit('checkAnswers', {});
    await participant.submit('declaration', {});

    const again = await participant.submit('start', {});

    expect(participant.stateAt(again.location)).toBe('postcode');
    expect(participant.stateAt((await participant.get('checkAnswers')).location)).toBe('postcode');
  });
});

describe('service pages', () => {
  it('lists every council and journey at /', async () => {
    const response = await request(kit.app).get('/');

    expect(response.status).toBe(200);
    expect(response.text).toContain('Shropshire Council');
    expect(response.text).toContain('Lambeth Council');
    expect(response.text).toContain('href="/lambeth/benefit-claim/start"');
    expect(response.text).toContain('href="/shropshire/benefit-claim/start"');
  });

  it('answers the health check', async () => {
    expect((await request(kit.app).get('/healthz')).status).toBe(200);
  });

  it('gives a styled page for an unknown page', async () => {
    const response = await request(kit.app).get('/lambeth/benefit-claim/no-such-page');

    expect(response.status).toBe(404);
    expect(response.text).toContain('Page not found');
  });

  it('explains a form sent without its token', async () => {
    const participant = new Participant(kit.app, journey);
    await participant.get('start');

    const response = await participant.post('start', {});

    expect(response.status).toBe(403);
    expect(response.text).toContain('Your page was out of date');
  });
});
