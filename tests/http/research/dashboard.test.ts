import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { labelSession, tableRows, TimedParticipant } from './research-support.js';

const startAt = Date.UTC(2025, 5, 14, 9, 0, 0);
const dashboardUrl = '/research/shropshire/benefit-claim';
const emptyDate = { 'dateOfBirth-day': '', 'dateOfBirth-month': '', 'dateOfBirth-year': '' };
let kit: TestKit;
let html: string;

/**
 * Three participants with known times, in seconds:
 * A: start 10, postcode 30, date of birth 60 (two invalid tries in between), stops on Universal Credit.
 * B: start 20, postcode 30 + 10 (went back to it once), date of birth 20, stops on date of birth.
 * C: views the start page and stops.
 */
async function recordKnownSessions(): Promise<void> {
  const journey = journeyOf(kit, 'shropshire', 'benefit-claim');
  const a = new TimedParticipant(kit.app, journey, startAt);
  const b = new TimedParticipant(kit.app, journey, startAt + 3_600_000);
  const c = new TimedParticipant(kit.app, journey, startAt + 7_200_000);

  await a.view('start', 0);
  labelSession(kit.dataDir, a.sessionId!, 'Participant A');
  await a.send('start', {}, 10);
  await a.view('postcode', 10);
  await a.send('postcode', { postcode: 'SY3 9EX' }, 40);
  await a.view('dateOfBirth', 40);
  await a.send('dateOfBirth', emptyDate, 60);
  await a.send('dateOfBirth', { ...emptyDate, 'dateOfBirth-day': '40' }, 80);
  await a.send('dateOfBirth', { 'dateOfBirth-day': '1', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1980' }, 100);
  await a.view('universalCredit', 100);

  await b.view('start', 0);
  await b.send('start', {}, 20);
  await b.view('postcode', 20);
  await b.send('postcode', { postcode: 'XX' }, 30);
  await b.send('postcode', { postcode: 'SY3 9EX' }, 50);
  await b.view('dateOfBirth', 50);
  await b.view('postcode', 70);
  await b.send('postcode', { postcode: 'SY3 9EX' }, 80);
  await b.view('dateOfBirth', 80);

  await c.view('start', 0);
}

beforeAll(async () => {
  kit = await startTestKit();
  vi.useFakeTimers({ toFake: ['Date'] });
  await recordKnownSessions();
  vi.useRealTimers();
  const response = await request(kit.app).get(dashboardUrl);
  expect(response.status).toBe(200);
  html = response.text;
});

afterAll(() => {
  kit.dispose();
});

describe('research dashboard', () => {
  it('lists the journey with its participants', async () => {
    const response = await request(kit.app).get('/research');
    const rows = tableRows(response.text, 'Journeys');
    const title = 'Apply for Housing Benefit and Council Tax Reduction';
    const shropshire = rows.find((row) => row[0] === `${title} – Shropshire Council`);
    const lambeth = rows.find((row) => row[0] === `${title} – Lambeth Council`);

    expect(response.status).toBe(200);
    expect(shropshire?.[2]).toBe('3');
    expect(lambeth?.[2]).toBe('0');
    expect(lambeth?.[3]).toBe('None yet');
  });

  it('shows the funnel in route order', () => {
    const rows = tableRows(html, 'Participants who reached each page');
    const reached = rows.filter((row) => row[1] !== '0').map((row) => row.slice(0, 3));

    expect(reached).toEqual([
      ['Apply for Housing Benefit and Council Tax Reduction', '3', '1'],
      ['What is the postcode of the home you are claiming for?', '2', '0'],
      ['What is your date of birth?', '2', '1'],
      ['Do you get Universal Credit?', '1', '1'],
    ]);
    expect(rows.find((row) => row[0]!.startsWith('You need to apply to a different council'))).toEqual([
      'You need to apply to a different council (end of journey)',
      '0',
      '0',
    ]);
  });

  it('shows median time on each page', () => {
    const rows = tableRows(html, 'Median time on each page');

    expect(rows).toEqual([
      ['Apply for Housing Benefit and Council Tax Reduction', '15 s', '15', '2'],
      ['What is the postcode of the home you are claiming for?', '35 s', '35', '2'],
      ['What is your date of birth?', '40 s', '40', '2'],
    ]);
  });

  it('counts validation errors per field', () => {
    const rows = tableRows(html, 'Validation errors on each field');

    expect(rows).toEqual([
      [
        'What is the postcode of the home you are claiming for?',
        'postcode',
        'Enter a real postcode (1)',
        '1',
        '1',
      ],
      [
        'What is your date of birth?',
        'dateOfBirth',
        'Enter your date of birth (1) Your date of birth must include a month and year (1)',
        '2',
        '1',
      ],
    ]);
  });

  it('draws each chart as labelled SVG', () => {
    const charts = html.match(/<svg [^>]*class="app-chart"[\s\S]*?<\/svg>/g) ?? [];
    const titles = charts.map((chart) => /<title[^>]*>([^<]*)<\/title>/.exec(chart)?.[1]);

    expect(titles).toEqual([
      'Participants who reached each page',
      'Median time on each page',
      'Validation errors on each field',
    ]);
    expect(charts.every((chart) => chart.includes('role="img"'))).toBe(true);
    expect(charts[0]).toContain('>3 reached, 1 stopped here</text>');
    expect(charts[1]).toContain('>35 s (2 participants)</text>');
    expect(charts[2]).toContain('>2 errors, 1 participant</text>');
  });

  it('lists participants with links to timelines', () => {
    const rows = tableRows(html, 'Participants');

    expect(rows.map((row) => row.slice(2))).toEqual([
      ['4', '2', '0', 'Do you get Universal Credit?'],
      ['5', '1', '1', 'What is your date of birth?'],
      ['1', '0', '0', 'Apply for Housing Benefit and Council Tax Reduction'],
    ]);
    expect(rows[0]![0]).toBe('Participant A');
    expect(rows[1]![0]).toMatch(/^Participant [0-9a-f]{8}$/);
    expect(rows[1]![1]).toBe('14 Jun 2025, 11:00:00');
  });

  it('shows a participant timeline', async () => {
    const [researchId] = kit.research
      .journeyEvents('shropshire', 'benefit-claim')
      .filter((event) => event.label === 'Participant A')
      .map((event) => event.researchId);
    const response = await request(kit.app).get(`${dashboardUrl}/participants/${researchId}`);
    const rows = tableRows(response.text, 'Timeline');

    expect(response.status).toBe(200);
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['0 s', 'Apply for Housing Benefit and Council Tax Reduction', 'Viewed', '10 s'],
      ['10 s', 'Apply for Housing Benefit and Council Tax Reduction', 'Continued to What is the postcode of the home you are claiming for?', ''],
      ['10 s', 'What is the postcode of the home you are claiming for?', 'Viewed', '30 s'],
      ['40 s', 'What is the postcode of the home you are claiming for?', 'Continued to What is your date of birth?', ''],
      ['40 s', 'What is your date of birth?', 'Viewed', '1 min 0 s'],
      ['1 min 0 s', 'What is your date of birth?', 'Errors shown: dateOfBirth : Enter your date of birth', ''],
      ['1 min 20 s', 'What is your date of birth?', 'Errors shown: dateOfBirth : Your date of birth must include a month and year', ''],
      ['1 min 40 s', 'What is your date of birth?', 'Continued to Do you get Universal Credit?', ''],
      ['1 min 40 s', 'Do you get Universal Credit?', 'Viewed', 'Not known'],
    ]);
    expect(rows[0]![0]).toBe('14 Jun 2025, 10:00:00');
  });

  it('returns 404 for an unknown participant or journey', async () => {
    const unknownId = await request(kit.app).get(`${dashboardUrl}/participants/00000000-0000-4000-8000-000000000000`);
    const malformed = await request(kit.app).get(`${dashboardUrl}/participants/not-an-id`);
    const journey = await request(kit.app).get('/research/nowhere/benefit-claim');

    expect(unknownId.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(journey.status).toBe(404);
  });

  it('keeps research pages out of caches', async () => {
    const response = await request(kit.app).get(dashboardUrl);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
