import Database from 'better-sqlite3';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../src/server/app.js';
import { readConfig } from '../../../src/server/config.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { labelSession, TimedParticipant } from './research-support.js';

const startAt = Date.UTC(2025, 5, 14, 9, 0, 0);
let kit: TestKit;

beforeEach(async () => {
  kit = await startTestKit();
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  kit.dispose();
});

function participant(council = 'shropshire'): TimedParticipant {
  return new TimedParticipant(kit.app, journeyOf(kit, council, 'benefit-claim'), startAt);
}

describe('research recording', () => {
  it('records views, submissions, errors and times', async () => {
    const someone = participant();
    await someone.view('start', 0);
    await someone.send('start', {}, 5);
    await someone.view('postcode', 5);
    await someone.send('postcode', { postcode: 'SY3 9EX' }, 20);
    await someone.view('dateOfBirth', 20);
    const invalid = await someone.send('dateOfBirth', { 'dateOfBirth-day': '', 'dateOfBirth-month': '', 'dateOfBirth-year': '' }, 31);

    expect(invalid.status).toBe(400);
    const events = kit.research.journeyEvents('shropshire', 'benefit-claim');
    const summary = events.map((event) => [event.kind, event.page, (event.at - startAt) / 1000, event.valid, event.next]);
    expect(summary).toEqual([
      ['pageView', 'start', 0, undefined, undefined],
      ['submission', 'start', 5, true, 'postcode'],
      ['pageView', 'postcode', 5, undefined, undefined],
      ['submission', 'postcode', 20, true, 'dateOfBirth'],
      ['pageView', 'dateOfBirth', 20, undefined, undefined],
      ['submission', 'dateOfBirth', 31, false, undefined],
    ]);
    expect(events.at(-1)!.errors).toEqual([{ field: 'dateOfBirth', message: 'Enter your date of birth' }]);
    expect(new Set(events.map((event) => event.researchId)).size).toBe(1);
    expect(events.every((event) => event.council === 'shropshire' && event.journey === 'benefit-claim')).toBe(true);
  });

  it('does not count HEAD requests as views', async () => {
    const someone = participant();
    await someone.view('start', 0);
    const head = await someone.agent.head('/shropshire/benefit-claim/start');

    expect(head.status).toBe(200);
    const views = kit.research.journeyEvents('shropshire', 'benefit-claim').filter((event) => event.kind === 'pageView');
    expect(views).toHaveLength(1);
  });

  it('uses the run id, not the session id', async () => {
    const someone = participant();
    await someone.view('start', 0);
    await someone.send('start', {}, 1);

    const [event] = kit.research.journeyEvents('shropshire', 'benefit-claim');
    expect(event!.researchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(someone.sessionId).toBeDefined();
    expect(event!.researchId).not.toBe(someone.sessionId);
  });

  it('marks a page view reached by the back link', async () => {
    const someone = participant();
    await someone.view('start', 0);
    await someone.send('start', {}, 1);
    await someone.view('postcode', 1);
    await someone.send('postcode', { postcode: 'SY3 9EX' }, 2);
    const dateOfBirth = await someone.view('dateOfBirth', 2);
    const backLink = /<a href="([^"]+)" class="govuk-back-link"/.exec(dateOfBirth.text)?.[1];
    expect(backLink).toBe(someone.url('postcode'));

    await someone.view('postcode', 9);
    await someone.send('postcode', { postcode: 'SY3 9EX' }, 12);
    await someone.view('dateOfBirth', 12);

    const views = kit.research.journeyEvents('shropshire', 'benefit-claim').filter((event) => event.kind === 'pageView');
    expect(views.map((event) => [event.page, event.back])).toEqual([
      ['start', false],
      ['postcode', false],
      ['dateOfBirth', false],
      ['postcode', true],
      ['dateOfBirth', false],
    ]);
  });

  it('does not count a Change link as going back', async () => {
    const someone = participant();
    await someone.view('start', 0);
    await someone.send('start', {}, 1);
    await someone.view('postcode', 1);
    await someone.send('postcode', { postcode: 'SY3 9EX' }, 2);
    await someone.view('dateOfBirth', 2);
    await someone.view('postcode', 3, '?change=true');

    const last = kit.research.journeyEvents('shropshire', 'benefit-claim').at(-1)!;
    expect(last.page).toBe('postcode');
    expect(last.change).toBe(true);
    expect(last.back).toBe(false);
  });

  it('records the facilitator label', async () => {
    const someone = participant();
    await someone.view('start', 0);
    labelSession(kit.dataDir, someone.sessionId!, 'P3, Tuesday morning');
    await someone.send('start', {}, 4);
    await someone.view('postcode', 4);

    const events = kit.research.journeyEvents('shropshire', 'benefit-claim');
    expect(events.map((event) => event.label)).toEqual([undefined, 'P3, Tuesday morning', 'P3, Tuesday morning']);
  });

  it('keeps participants apart', async () => {
    const first = participant();
    const second = participant('lambeth');
    await first.view('start', 0);
    await second.view('start', 1);
    await first.send('start', {}, 2);

    const shropshire = kit.research.journeyEvents('shropshire', 'benefit-claim');
    const lambeth = kit.research.journeyEvents('lambeth', 'benefit-claim');
    expect(shropshire.map((event) => event.kind)).toEqual(['pageView', 'submission']);
    expect(lambeth.map((event) => event.kind)).toEqual(['pageView']);
    expect(lambeth[0]!.researchId).not.toBe(shropshire[0]!.researchId);
  });

  it('does not record answers by default', async () => {
    const someone = participant();
    await someone.view('start', 0);
    await someone.send('start', {}, 1);
    await someone.view('postcode', 1);
    await someone.send('postcode', { postcode: 'SY3 9EX' }, 2);
    await someone.view('dateOfBirth', 2);
    await someone.send('dateOfBirth', { 'dateOfBirth-day': '31', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1980' }, 3);
    kit.research.flush();

    const db = new Database(path.join(kit.dataDir, 'journey-kit.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT * FROM research_events').all() as Array<Record<string, unknown>>;
    db.close();
    const stored = JSON.stringify(rows);
    expect(rows.length).toBe(6);
    expect(rows.every((row) => row.answers === null)).toBe(true);
    expect(stored).not.toContain('SY3');
    expect(stored).not.toContain('1980');
  });
});

describe('research recording with answers turned on', () => {
  it('records answers and typed inputs', async () => {
    const journeys = kit.journeys.map((journey) => ({ ...journey, research: { recordAnswers: true } }));
    const config = { ...readConfig({ NODE_ENV: 'test' }), dataDir: path.join(kit.dataDir, 'answers'), sessionSecret: 'test-secret-that-is-long-enough-to-use' };
    const answersKit = createApp(config, journeys, pino({ level: 'silent' }));
    try {
      const journey = journeys.find((entry) => entry.council.id === 'shropshire' && entry.id === 'benefit-claim')!;
      const someone = new TimedParticipant(answersKit.app, journey, startAt);
      await someone.view('start', 0);
      await someone.send('start', {}, 1);
      await someone.view('postcode', 1);
      await someone.send('postcode', { postcode: 'sy3 9ex' }, 2);
      await someone.view('dateOfBirth', 2);
      await someone.send('dateOfBirth', { 'dateOfBirth-day': '31', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1980' }, 3);

      const submissions = answersKit.research
        .journeyEvents('shropshire', 'benefit-claim')
        .filter((event) => event.kind === 'submission');
      expect(submissions.map((event) => event.answers)).toEqual([
        {},
        { postcode: 'SY3 9EX' },
        { 'dateOfBirth-day': '31', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1980' },
      ]);
    } finally {
      answersKit.close();
    }
  });
});

describe('research recording failures', () => {
  it('logs and serves the page when writing fails', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = { ...readConfig({ NODE_ENV: 'test' }), dataDir: path.join(kit.dataDir, 'failing'), sessionSecret: 'test-secret-that-is-long-enough-to-use' };
    const failingKit = createApp(config, kit.journeys, pino({ level: 'error' }, stream));
    try {
      const db = new Database(path.join(config.dataDir, 'journey-kit.sqlite'));
      db.exec('DROP TABLE research_events');
      db.close();

      const someone = new TimedParticipant(failingKit.app, journeyOf(kit, 'shropshire', 'benefit-claim'), startAt);
      const page = await someone.view('start', 0);
      const submitted = await someone.send('start', {}, 1);
      failingKit.research.flush();

      expect(page.status).toBe(200);
      expect(submitted.status).toBe(303);
      const logged = lines.map((line) => JSON.parse(line) as { msg: string; lost?: number });
      expect(logged.some((entry) => entry.msg === 'writing research events failed, so they were dropped')).toBe(true);
    } finally {
      failingKit.close();
    }
  });
});
