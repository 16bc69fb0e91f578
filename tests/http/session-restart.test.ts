import Database from 'better-sqlite3';
import path from 'node:path';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { csrfTokenOf } from '../support/participant.js';
import { startTestKit, type TestKit } from '../support/test-kit.js';

const started: TestKit[] = [];
const base = '/shropshire/benefit-claim';

async function start(dataDir?: string): Promise<TestKit> {
  const kit = await startTestKit(dataDir);
  started.push(kit);
  return kit;
}

afterEach(() => {
  for (const kit of started.splice(0)) kit.close();
});

/** Submits a page with a session cookie and returns the redirect and cookie. */
async function submit(kit: TestKit, cookie: string | undefined, slug: string, form: Record<string, string>) {
  const page = await request(kit.app).get(`${base}/${slug}`).set('Cookie', cookie ?? '');
  const setCookie = page.headers['set-cookie'] as unknown as string[] | undefined;
  const sessionCookie = setCookie?.[0]?.split(';')[0] ?? cookie;
  const response = await request(kit.app)
    .post(`${base}/${slug}`)
    .set('Cookie', sessionCookie ?? '')
    .type('form')
    .send({ ...form, _csrf: csrfTokenOf(page.text) });
  return { location: response.headers.location as string, cookie: sessionCookie! };
}

describe('sessions across a restart', () => {
  it('keeps a participant on their page', async () => {
    const first = await start();
    let step = await submit(first, undefined, 'start', {});
    step = await submit(first, step.cookie, 'postcode', { postcode: 'sy3 9ex' });
    first.close();
    started.splice(0);

    const second = await start(first.dataDir);
    const page = await request(second.app).get(`${base}/date-of-birth`).set('Cookie', step.cookie);
    const ahead = await request(second.app).get(`${base}/savings`).set('Cookie', step.cookie);
    const postcode = await request(second.app).get(`${base}/postcode`).set('Cookie', step.cookie);

    expect(page.status).toBe(200);
    expect(ahead.headers.location).toBe(`${base}/date-of-birth`);
    expect(postcode.text).toContain('value="SY3 9EX"');
    rmSync(first.dataDir, { recursive: true, force: true });
  });

  it('restarts a journey whose stored page the machine no longer has', async () => {
    const kit = await start();
    let step = await submit(kit, undefined, 'start', {});
    step = await submit(kit, step.cookie, 'postcode', { postcode: 'SY3 9EX' });

    const db = new Database(path.join(kit.dataDir, 'journey-kit.sqlite'));
    const rows = db.prepare('SELECT sid, data FROM sessions').all() as Array<{ sid: string; data: string }>;
    for (const row of rows) {
      const data = JSON.parse(row.data);
      const progress = data.progress['shropshire/benefit-claim'];
      progress.done.push('removedPage');
      progress.route.push('removedPage');
      db.prepare('UPDATE sessions SET data = ? WHERE sid = ?').run(JSON.stringify(data), row.sid);
    }
    db.close();

    const moved = await request(kit.app).get(`${base}/date-of-birth`).set('Cookie', step.cookie);
    const startPage = await request(kit.app).get(`${base}/start`).set('Cookie', step.cookie);
    const again = await request(kit.app).get(`${base}/start`).set('Cookie', step.cookie);

    expect(moved.status).toBe(302);
    expect(moved.headers.location).toBe(`${base}/start`);
    expect(startPage.status).toBe(200);
    expect(startPage.text).toContain('This prototype has changed since you last used it');
    expect(again.text).not.toContain('This prototype has changed since you last used it');
    rmSync(kit.dataDir, { recursive: true, force: true });
  });

  it('restarts a journey whose stored progress is malformed', async () => {
    const kit = await start();
    const step = await submit(kit, undefined, 'start', {});

    const db = new Database(path.join(kit.dataDir, 'journey-kit.sqlite'));
    const rows = db.prepare('SELECT sid, data FROM sessions').all() as Array<{ sid: string; data: string }>;
    for (const row of rows) {
      const data = JSON.parse(row.data);
      data.progress['shropshire/benefit-claim'] = { version: 1, route: 'not a list' };
      db.prepare('UPDATE sessions SET data = ? WHERE sid = ?').run(JSON.stringify(data), row.sid);
    }
    db.close();

    const page = await request(kit.app).get(`${base}/start`).set('Cookie', step.cookie);

    expect(page.status).toBe(200);
    expect(page.text).toContain('This prototype has changed since you last used it');
    rmSync(kit.dataDir, { recursive: true, force: true });
  });
});
