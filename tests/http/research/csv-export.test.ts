import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventColumns } from '../../../src/research/events-csv.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { labelSession, parseCsv, TimedParticipant } from './research-support.js';

const startAt = Date.UTC(2025, 0, 20, 14, 0, 0);
const csvUrl = '/research/shropshire/benefit-claim/events.csv';
const formulaLabel = '=HYPERLINK("http://example.com","Click")';
const quotedLabel = 'Tuesday, 10am "pilot"';
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
  const journey = journeyOf(kit, 'shropshire', 'benefit-claim');
  const first = new TimedParticipant(kit.app, journey, startAt);
  const second = new TimedParticipant(kit.app, journey, startAt + 60_000);
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    await first.view('start', 0);
    labelSession(kit.dataDir, first.sessionId!, formulaLabel);
    await first.send('start', {}, 5);
    await first.view('postcode', 5);
    await first.send('postcode', { postcode: 'XX' }, 12);
    await first.send('postcode', { postcode: 'SY3 9EX' }, 20);
    await first.view('dateOfBirth', 20);

    await second.view('start', 0);
    labelSession(kit.dataDir, second.sessionId!, quotedLabel);
    await second.send('start', {}, 3);
    await second.view('postcode', 3);
    await second.view('start', 8);
  } finally {
    vi.useRealTimers();
  }
});

afterAll(() => {
  kit.dispose();
});

function researchIdOf(label: string): string {
  const event = kit.research.journeyEvents('shropshire', 'benefit-claim').find((candidate) => candidate.label === label);
  if (!event) throw new Error(`No events labelled ${label}`);
  return event.researchId;
}

describe('research events CSV', () => {
  it('downloads as a CSV attachment', async () => {
    const response = await request(kit.app).get(csvUrl);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename=shropshire-benefit-claim-events.csv');
    expect(response.text.startsWith('\uFEFF')).toBe(true);
  });

  it('matches the recorded events exactly', async () => {
    const response = await request(kit.app).get(csvUrl);
    const [header, ...rows] = parseCsv(response.text.replace(/^\uFEFF/, ''));
    const first = researchIdOf(formulaLabel);
    const second = researchIdOf(quotedLabel);
    const start = 'Apply for Housing Benefit and Council Tax Reduction';
    const postcode = 'What is the postcode of the home you are claiming for?';
    const neutralised = `'${formulaLabel}`;
    const byRun = (researchId: string) => rows.filter((row) => row[0] === researchId);
    const place = ['shropshire', 'benefit-claim'];

    expect(header).toEqual([...eventColumns]);
    expect(rows).toHaveLength(10);
    expect(byRun(first)).toEqual([
      [first, '', ...place, 'pageView', 'start', start, '2025-01-20T14:00:00.000Z', '5000', 'no', 'no', '', '', '', '', ''],
      [first, neutralised, ...place, 'submission', 'start', start, '2025-01-20T14:00:05.000Z', '', '', '', 'yes', 'postcode', '', '', ''],
      [first, neutralised, ...place, 'pageView', 'postcode', postcode, '2025-01-20T14:00:05.000Z', '15000', 'no', 'no', '', '', '', '', ''],
      [first, neutralised, ...place, 'submission', 'postcode', postcode, '2025-01-20T14:00:12.000Z', '', '', '', 'no', '', 'postcode', 'Enter a real postcode', ''],
      [first, neutralised, ...place, 'submission', 'postcode', postcode, '2025-01-20T14:00:20.000Z', '', '', '', 'yes', 'dateOfBirth', '', '', ''],
      [first, neutralised, ...place, 'pageView', 'dateOfBirth', 'What is your date of birth?', '2025-01-20T14:00:20.000Z', '', 'no', 'no', '', '', '', '', ''],
    ]);
    expect(byRun(second)).toEqual([
      [second, '', ...place, 'pageView', 'start', start, '2025-01-20T14:01:00.000Z', '3000', 'no', 'no', '', '', '', '', ''],
      [second, quotedLabel, ...place, 'submission', 'start', start, '2025-01-20T14:01:03.000Z', '', '', '', 'yes', 'postcode', '', '', ''],
      [second, quotedLabel, ...place, 'pageView', 'postcode', postcode, '2025-01-20T14:01:03.000Z', '5000', 'no', 'no', '', '', '', '', ''],
      [second, quotedLabel, ...place, 'pageView', 'start', start, '2025-01-20T14:01:08.000Z', '', 'yes', 'no', '', '', '', '', ''],
    ]);
  });

  it('has one row for each stored event', async () => {
    const response = await request(kit.app).get(csvUrl);
    const rows = parseCsv(response.text.replace(/^\uFEFF/, '')).slice(1);
    const events = kit.research.journeyEvents('shropshire', 'benefit-claim');

    expect(rows.map((row) => [row[0], row[4], row[5], Date.parse(row[7]!)])).toEqual(
      events.map((event) => [event.researchId, event.kind, event.page, event.at]),
    );
  });

  it('neutralises a label that starts a formula', async () => {
    const response = await request(kit.app).get(csvUrl);

    expect(response.text).toContain(`,"'=HYPERLINK(""http://example.com"",""Click"")",`);
    expect(response.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('is empty but for the header for a journey without sessions', async () => {
    const response = await request(kit.app).get('/research/lambeth/benefit-claim/events.csv');

    expect(response.status).toBe(200);
    expect(parseCsv(response.text.replace(/^\uFEFF/, ''))).toEqual([[...eventColumns]]);
  });
});
