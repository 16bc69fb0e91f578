import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { TimedParticipant } from './research-support.js';

const started: TestKit[] = [];

afterEach(() => {
  for (const kit of started.splice(0)) kit.close();
});

async function start(dataDir?: string): Promise<TestKit> {
  const kit = await startTestKit(dataDir);
  started.push(kit);
  return kit;
}

describe('research events across a restart', () => {
  it('keeps events and detects going back afterwards', async () => {
    const first = await start();
    const before = new TimedParticipant(first.app, journeyOf(first, 'shropshire', 'benefit-claim'), Date.now());
    await before.view('start', 0);
    await before.send('start', {}, 0);
    await before.view('postcode', 0);
    await before.send('postcode', { postcode: 'SY3 9EX' }, 0);
    await before.view('dateOfBirth', 0);
    const recorded = first.research.journeyEvents('shropshire', 'benefit-claim');
    first.close();
    started.splice(0);

    const second = await start(first.dataDir);
    const after = new TimedParticipant(second.app, journeyOf(second, 'shropshire', 'benefit-claim'), Date.now());
    // The same browser: its session cookie goes with the new app's agent.
    const cookies = before.agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false });
    expect(cookies).toHaveLength(1);
    after.agent.jar.setCookies(cookies.map((cookie) => cookie.toString()));
    const back = await after.view('postcode', 0);
    const events = second.research.journeyEvents('shropshire', 'benefit-claim');

    expect(back.status).toBe(200);
    expect(events.slice(0, recorded.length)).toEqual(recorded);
    expect(events).toHaveLength(recorded.length + 1);
    expect(events.at(-1)).toMatchObject({ page: 'postcode', back: true, researchId: recorded[0]!.researchId });
    rmSync(first.dataDir, { recursive: true, force: true });
  });
});
