import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { queueSessionRequests } from '../../../src/server/session-queue.js';

let server: Server;
let baseUrl: string;
/** Request ids in the order the handler started them. */
let started: string[];
/** Ends the response of the request with that id. */
let release: Map<string, () => void>;
/** When true, the handler ends each response as soon as it starts. */
let endAtOnce = false;
/** Requests that reached the server, queued or not. */
let arrived = 0;

beforeAll(async () => {
  const app = express();
  app.use((_req, _res, next) => {
    arrived += 1;
    next();
  });
  app.use(queueSessionRequests('sid', { leftClientGraceMs: 300 }));
  app.all('/', (req, res) => {
    const id = String(req.query.id);
    started.push(id);
    if (endAtOnce) res.send(id);
    else release.set(id, () => res.send(id));
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  started = [];
  release = new Map();
});

function send(id: string, options: { method?: string; cookie?: string; signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  return fetch(`${baseUrl}/?id=${id}`, { method: options.method ?? 'POST', headers, signal: options.signal ?? null })
    .then((response) => response.text());
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5_000) throw new Error('Timed out after 5 s waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Waits long enough for a request that is not queued to reach the handler. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

it('runs a session’s posts in turn', async () => {
  const first = send('a', { cookie: 'sid=one' });
  await until(() => started.includes('a'));
  const second = send('b', { cookie: 'other=x; sid=one' });
  await settle();

  expect(started).toEqual(['a']);

  release.get('a')!();
  await until(() => started.includes('b'));
  release.get('b')!();
  expect(await first).toBe('a');
  expect(await second).toBe('b');
});

it('does not queue other sessions', async () => {
  const first = send('a', { cookie: 'sid=one' });
  const other = send('b', { cookie: 'sid=two' });
  const none = send('c');
  await until(() => started.length === 3);

  expect(started.sort()).toEqual(['a', 'b', 'c']);

  for (const end of release.values()) end();
  await Promise.all([first, other, none]);
});

it('runs page views together', async () => {
  const first = send('a', { method: 'GET', cookie: 'sid=one' });
  const second = send('b', { method: 'GET', cookie: 'sid=one' });
  await until(() => started.length === 2);

  expect(started.sort()).toEqual(['a', 'b']);

  for (const end of release.values()) end();
  await Promise.all([first, second]);
});

it('runs a page view after an earlier post', async () => {
  const post = send('a', { cookie: 'sid=one' });
  await until(() => started.includes('a'));
  const view = send('b', { method: 'GET', cookie: 'sid=one' });
  await settle();

  expect(started).toEqual(['a']);

  release.get('a')!();
  await until(() => started.includes('b'));
  release.get('b')!();
  await Promise.all([post, view]);
});

it('runs a post after earlier page views', async () => {
  const view = send('a', { method: 'GET', cookie: 'sid=one' });
  await until(() => started.includes('a'));
  const post = send('b', { cookie: 'sid=one' });
  const laterView = send('c', { method: 'GET', cookie: 'sid=one' });
  await settle();

  expect(started).toEqual(['a']);

  release.get('a')!();
  await until(() => started.includes('b'));
  await settle();
  expect(started).toEqual(['a', 'b']);

  release.get('b')!();
  await until(() => started.includes('c'));
  release.get('c')!();
  await Promise.all([view, post, laterView]);
});

it.each(['sid=s%3Aone.sig', 'sid="s:one.sig"', 'sid=s:one.sig; sid=s:two.sig'])('treats %s as the same session', async (cookie) => {
  const first = send('a', { cookie: 'sid=s:one.sig' });
  await until(() => started.includes('a'));
  const second = send('b', { cookie });
  await settle();

  expect(started).toEqual(['a']);

  release.get('a')!();
  await until(() => started.includes('b'));
  release.get('b')!();
  await Promise.all([first, second]);
});

it('drops a request whose client left', async () => {
  const first = send('a', { cookie: 'sid=one' });
  await until(() => started.includes('a'));
  const leaving = new AbortController();
  const abandoned = send('b', { cookie: 'sid=one', signal: leaving.signal }).catch(() => 'left');
  const third = send('c', { cookie: 'sid=one' });
  await settle();
  leaving.abort();
  await settle();

  expect(await abandoned).toBe('left');
  expect(started).toEqual(['a']);

  release.get('a')!();
  await until(() => started.includes('c'));
  release.get('c')!();
  expect(await third).toBe('c');
  expect(await first).toBe('a');
  expect(started).toEqual(['a', 'c']);
});

it('waits for a running request whose client left', async () => {
  const leaving = new AbortController();
  const abandoned = send('a', { cookie: 'sid=one', signal: leaving.signal }).catch(() => 'left');
  await until(() => started.includes('a'));
  const next = send('b', { cookie: 'sid=one' });
  leaving.abort();
  await settle();

  expect(await abandoned).toBe('left');
  expect(started).toEqual(['a']);

  release.get('a')!();
  await until(() => started.includes('b'));
  release.get('b')!();
  expect(await next).toBe('b');
});

it('gives up on a request that never ends', async () => {
  const leaving = new AbortController();
  const abandoned = send('a', { cookie: 'sid=one', signal: leaving.signal }).catch(() => 'left');
  await until(() => started.includes('a'));
  const next = send('b', { cookie: 'sid=one' });
  leaving.abort();

  expect(await abandoned).toBe('left');
  await until(() => started.includes('b'));
  release.get('b')!();
  expect(await next).toBe('b');
});

it('runs a long queue without deep calls', async () => {
  const first = send('first', { cookie: 'sid=one' });
  await until(() => started.includes('first'));
  const ids = Array.from({ length: 2_000 }, (_, index) => `post${index}`);
  const before = arrived;
  const posts = ids.map((id) => send(id, { cookie: 'sid=one' }));
  await until(() => arrived === before + ids.length);
  // Each post ends as soon as it starts, so all of them end inside the first one's end.
  endAtOnce = true;

  release.get('first')!();

  expect(await Promise.all(posts)).toEqual(ids);
  expect(started.slice(1).sort()).toEqual([...ids].sort());
  endAtOnce = false;
  await first;
});
