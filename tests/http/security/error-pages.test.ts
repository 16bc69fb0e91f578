import Database from 'better-sqlite3';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { createApp, type KitApp } from '../../../src/server/app.js';
import { readConfig } from '../../../src/server/config.js';
import { answersFor, loadScenarios } from '../../../src/testing/scenarios.js';
import { csrfTokenOf, headingOf, Participant, titleOf } from '../../support/participant.js';
import { journeyOf } from '../../support/test-kit.js';
import { makeTempDir } from './support/temp-dir.js';
import { walkTo } from './support/walk-to.js';

const logLines: Array<Record<string, unknown>> = [];
const logText: string[] = [];
let kit: KitApp & { journeys: Awaited<ReturnType<typeof loadJourneys>> };
let dataDir: { path: string; remove: () => void };

beforeAll(async () => {
  dataDir = makeTempDir();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString();
      logText.push(text);
      logLines.push(JSON.parse(text) as Record<string, unknown>);
      done();
    },
  });
  const journeys = await loadJourneys();
  const config = { ...readConfig({ NODE_ENV: 'test' }), dataDir: dataDir.path, sessionSecret: 'test-secret-that-is-long-enough-to-use' };
  kit = { ...createApp(config, journeys, pino({ level: 'info' }, stream)), journeys };
});
afterAll(() => {
  kit.close();
  dataDir.remove();
});

function database(): Database.Database {
  return new Database(path.join(dataDir.path, 'journey-kit.sqlite'));
}

/** Returns the name in the page's council header. */
function councilHeaderOf(html: string): string | undefined {
  return /class="app-council-header__name[^"]*">\s*([^<]*?)\s*<\/a>/.exec(html)?.[1];
}

function referenceOf(html: string): string | undefined {
  return /quote the reference ([0-9a-f-]{36})/.exec(html)?.[1];
}

async function onPostcode(): Promise<Participant> {
  const person = new Participant(kit.app, journeyOf(kit, 'shropshire', 'benefit-claim'));
  await person.submit('start', {});
  return person;
}

describe('error pages', () => {
  it('shows a styled 404', async () => {
    const response = await request(kit.app).get('/shropshire/benefit-claim/no-such-page');

    expect(response.status).toBe(404);
    expect(titleOf(response.text)).toBe('Page not found – Apply for Housing Benefit and Council Tax Reduction – Shropshire Council');
    expect(response.text).toContain('govuk-template');
    expect(councilHeaderOf(response.text)).toBe('Shropshire Council');
  });

  it('shows the kit header outside journeys', async () => {
    const response = await request(kit.app).get('/no-such-council/nothing');

    expect(response.status).toBe(404);
    expect(titleOf(response.text)).toBe('Page not found');
    expect(councilHeaderOf(response.text)).toBe('Journey Kit');
  });

  it('shows a styled 413 for a body over 64 kB', async () => {
    const person = await onPostcode();
    const page = await person.get('postcode');

    const response = await person.post('postcode', { postcode: 'A'.repeat(70_000), _csrf: csrfTokenOf(page.text) });

    expect(response.status).toBe(413);
    expect(titleOf(response.text)).toMatch(/^What you entered was too long – .* – Shropshire Council$/);
    expect(councilHeaderOf(response.text)).toBe('Shropshire Council');
    expect(response.text).toContain(`href="${person.url('postcode')}"`);
    const back = await person.get('postcode');
    expect(back.status).toBe(200);
  });

  it('links back only to this site', async () => {
    const response = await request(kit.app)
      .post('//evil.example/lambeth')
      .type('form')
      .send(`postcode=${'A'.repeat(70_000)}`);

    expect(response.status).toBe(413);
    expect(response.text).not.toContain('evil.example');
    expect(response.text).toContain('href="/"');
  });

  it('shows the 413 page for too many fields', async () => {
    const person = await onPostcode();
    const fields = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`field${index}`, 'x']));

    const response = await person.post('postcode', fields);

    expect(response.status).toBe(413);
    expect(headingOf(response.text)).toBe('What you entered was too long');
  });

  it('shows a styled 400 page for a body it cannot read', async () => {
    logLines.length = 0;

    const response = await request(kit.app)
      .post('/shropshire/benefit-claim/postcode')
      .set('Content-Type', 'application/x-www-form-urlencoded; charset=ebcdic')
      .send('postcode=SY1');

    expect(response.status).toBe(415);
    expect(titleOf(response.text)).toMatch(/^There was a problem with the form – /);
    expect(councilHeaderOf(response.text)).toBe('Shropshire Council');
    const logged = logLines.find((line) => line.msg === 'request rejected');
    expect(referenceOf(response.text)).toBeDefined();
    expect((logged?.req as { id: string } | undefined)?.id).toBe(referenceOf(response.text));
  });
});

describe('a request that fails', () => {
  it('shows 500 and logs without answers', async () => {
    const journey = journeyOf(kit, 'lambeth', 'benefit-claim');
    const person = new Participant(kit.app, journey);
    const scenario = loadScenarios('benefit-claim').find((candidate) => candidate.name === 'private-renter')!;
    const answers = { ...answersFor(scenario, journey.examples), fullName: 'Zebedee Quartermaine', nationalInsuranceNumber: 'JT 40 71 93 B' };
    await walkTo(person, answers, 'declaration');
    const page = await person.get('declaration');
    const db = database();
    db.exec("CREATE TRIGGER reject_claims BEFORE INSERT ON claims BEGIN SELECT RAISE(FAIL, 'disk I/O error'); END");
    logLines.length = 0;
    logText.length = 0;

    const response = await person.post('declaration', { _csrf: csrfTokenOf(page.text) });
    db.exec('DROP TRIGGER reject_claims');
    db.close();

    expect(response.status).toBe(500);
    expect(headingOf(response.text)).toBe('Sorry, there is a problem with the service');
    const requestId = referenceOf(response.text);
    expect(requestId).toBeDefined();
    const logged = logLines.find((line) => line.msg === 'request failed');
    expect(logged).toBeDefined();
    expect(logged!.level).toBe(50);
    expect((logged!.req as { id: string }).id).toBe(requestId);
    expect(logged!.journey).toBe('benefit-claim');
    expect(logged!.council).toBe('lambeth');
    expect(logged!.state).toBe('declaration');
    expect((logged!.err as { message: string }).message).toContain('disk I/O error');
    const everything = logText.join('');
    expect(everything).not.toContain('Quartermaine');
    expect(everything).not.toContain('JT407193B');
    expect(everything).not.toContain('Acme Lettings');
    expect(everything).not.toContain('journey-kit.sid');

    const retried = await person.submit('declaration', {});
    expect(retried.status).toBe(303);
    expect(retried.location).toBe(person.url('confirmation'));
  });

  it('keeps participant on failed save', async () => {
    const person = await onPostcode();
    const page = await person.get('postcode');
    const db = database();
    db.exec("CREATE TRIGGER reject_session_writes BEFORE UPDATE ON sessions BEGIN SELECT RAISE(FAIL, 'disk full'); END");

    const response = await person.post('postcode', { postcode: 'SY1 1HA', _csrf: csrfTokenOf(page.text) });
    db.exec('DROP TRIGGER reject_session_writes');
    db.close();

    expect(response.status).toBe(500);
    expect(response.location).toBeUndefined();
    const again = await person.get('dateOfBirth');
    expect(again.location).toBe(person.url('postcode'));
    const postcode = await person.get('postcode');
    expect(headingOf(postcode.text)).toBe('What is the postcode of the home you are claiming for?');
    const resent = await person.post('postcode', { postcode: 'SY1 1HA', _csrf: csrfTokenOf(postcode.text) });
    expect(resent.status).toBe(303);
    expect(resent.location).toBe(person.url('dateOfBirth'));
  });
});
