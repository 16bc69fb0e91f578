import Database from 'better-sqlite3';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfTokenOf, headingOf, Participant } from '../../support/participant.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { startTags } from './support/html-checks.js';

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

function participant(): Participant {
  return new Participant(kit.app, journeyOf(kit, 'shropshire', 'benefit-claim'));
}

/** Returns the href of the page's GOV.UK button link. */
function buttonHref(html: string): string | undefined {
  return startTags(html).find((tag) => tag.name === 'a' && tag.attributes.get('class')?.includes('govuk-button'))?.attributes.get('href');
}

/** Creates a participant who has given a postcode and is on the date of birth page. */
async function onDateOfBirth(): Promise<Participant> {
  const person = participant();
  await person.submit('start', {});
  const posted = await person.submit('postcode', { postcode: 'SY1 1HA' });
  expect(posted.location).toBe(person.url('dateOfBirth'));
  return person;
}

const dateOfBirth = { 'dateOfBirth-day': '14', 'dateOfBirth-month': '6', 'dateOfBirth-year': '1990' };

describe('CSRF protection', () => {
  const tokens: Array<[string, string | string[] | undefined]> = [
    ['missing', undefined],
    ['wrong', 'not-the-token'],
    ['repeated', ['a', 'b']],
  ];
  for (const [name, token] of tokens) {
    it(`rejects a ${name} token, then recovers`, async () => {
      const person = await onDateOfBirth();
      const fields = token === undefined ? dateOfBirth : { ...dateOfBirth, _csrf: token };

      const rejected = await person.post('dateOfBirth', fields);

      expect(rejected.status).toBe(403);
      expect(headingOf(rejected.text)).toBe('Your page was out of date');
      expect(rejected.text).toContain('govuk-template');
      expect(buttonHref(rejected.text)).toBe(person.url('dateOfBirth'));

      const back = await person.get('dateOfBirth');
      expect(back.status).toBe(200);
      expect(headingOf(back.text)).toBe('What is your date of birth?');
      const retried = await person.post('dateOfBirth', { ...dateOfBirth, _csrf: csrfTokenOf(back.text) });
      expect(retried.status).toBe(303);
      expect(retried.location).toBe(person.url('universalCredit'));
      const earlier = await person.get('postcode');
      expect(earlier.text).toContain('value="SY1 1HA"');
    });
  }

  it('rejects a token from another session', async () => {
    const person = await onDateOfBirth();
    const other = await participant().get('start');

    const rejected = await person.post('dateOfBirth', { ...dateOfBirth, _csrf: csrfTokenOf(other.text) });

    expect(rejected.status).toBe(403);
    expect(headingOf(rejected.text)).toBe('Your page was out of date');
  });

  it('keeps the change link query on the way back', async () => {
    const person = await onDateOfBirth();

    const rejected = await person.post('postcode', { postcode: 'SY2 5AA' }, '?change=true');

    expect(rejected.status).toBe(403);
    expect(buttonHref(rejected.text)).toBe(`${person.url('postcode')}?change=true`);
  });
});

describe('a form sent after the session ended', () => {
  function expireSessions(): void {
    const db = new Database(path.join(kit.dataDir, 'journey-kit.sqlite'));
    db.prepare('UPDATE sessions SET expires_at = 0').run();
    db.close();
  }

  it('leads back to the start', async () => {
    const person = await onDateOfBirth();
    const page = await person.get('dateOfBirth');
    expireSessions();

    const rejected = await person.post('dateOfBirth', { ...dateOfBirth, _csrf: csrfTokenOf(page.text) });

    expect(rejected.status).toBe(403);
    expect(headingOf(rejected.text)).toBe('You need to start again');
    const startUrl = buttonHref(rejected.text);
    expect(startUrl).toBe('/shropshire/benefit-claim');

    const redirect = await person.agent.get(startUrl!);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toBe(person.url('start'));
    const start = await person.get('start');
    expect(start.status).toBe(200);
    expect(headingOf(start.text)).toBe('Apply for Housing Benefit and Council Tax Reduction');
    const resent = await person.post('start', { _csrf: csrfTokenOf(start.text) });
    expect(resent.status).toBe(303);
    expect(resent.location).toBe(person.url('postcode'));
  });

  it('treats a cookieless post alike', async () => {
    const rejected = await request(kit.app).post('/lambeth/benefit-claim/postcode').type('form').send({ postcode: 'SW2 1RW' });

    expect(rejected.status).toBe(403);
    expect(headingOf(rejected.text)).toBe('You need to start again');
    expect(buttonHref(rejected.text)).toBe('/lambeth/benefit-claim');
  });
});
