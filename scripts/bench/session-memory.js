// Journey Kit's memory (RSS) with many stored sessions. One persona walks to
// check answers over HTTP; its stored session is then copied into new rows
// through the kit's SqliteSessionStore (each with its own session ID, run ID
// and CSRF token),
// and every copy opens the check answers page over HTTP, so each session has
// been read, replayed and rendered by the server.

import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync, statSync } from 'node:fs';

import { CookieJar, send } from './http.js';
import {
  databaseFileName,
  loadBenefitClaim,
  readStoredSession,
  sessionCookieFor,
  sessionCookieName,
  sessionIdOf,
  walkToCheckAnswers,
} from './kit-sessions.js';
import { memoryReportPreload, projectRoot } from './paths.js';
import { retryUntilReady } from './server-process.js';
import { journeyKit } from './targets/targets.js';

const personaName = 'private-renter';

/**
 * Returns a copy of a session's progress in which every journey run has a new
 * run ID, as another participant's would.
 *
 * @param {unknown} progress
 */
function withNewRunIds(progress) {
  /** @type {Record<string, unknown>} */
  const copy = {};
  for (const [key, run] of Object.entries(/** @type {Record<string, object>} */ (progress ?? {}))) {
    copy[key] = { ...run, runId: randomUUID() };
  }
  return copy;
}

/**
 * Inserts `count` copies of `template` in one transaction through the built
 * SqliteSessionStore and returns their session IDs.
 *
 * @param {string} dataDir
 * @param {Record<string, unknown>} template a stored session, parsed
 * @param {number} count
 */
async function insertSessions(dataDir, template, count) {
  const storeModule = pathToFileURL(path.join(projectRoot, 'dist', 'src', 'stores', 'sqlite-session-store.js')).href;
  const databaseModule = pathToFileURL(path.join(projectRoot, 'dist', 'src', 'stores', 'database.js')).href;
  const { SqliteSessionStore } = await import(storeModule);
  const { openDatabase } = await import(databaseModule);

  const db = openDatabase(dataDir, databaseFileName);
  const store = new SqliteSessionStore({ db, cleanupIntervalMs: 0 });
  /** @type {string[]} */
  const sids = [];
  /** @type {Promise<void>[]} */
  const saved = [];
  try {
    // The store writes synchronously inside set(), so every insert runs in the one transaction.
    db.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const sid = randomBytes(24).toString('base64url');
        const data = {
          ...template,
          progress: withNewRunIds(template.progress),
          csrfToken: randomBytes(128).toString('hex'),
        };
        sids.push(sid);
        saved.push(
          new Promise((resolve, reject) => {
            store.set(sid, data, (/** @type {unknown} */ error) => (error ? reject(error) : resolve()));
          }),
        );
      }
    })();
    await Promise.all(saved);
  } finally {
    store.close();
    db.close();
  }
  return sids;
}

/** @param {string} file */
function fileSize(file) {
  return existsSync(file) ? statSync(file).size : 0;
}

/**
 * Opens `url` once with each cookie, from `concurrency` requests at a time.
 *
 * @param {string} url
 * @param {string[]} cookies
 * @param {number} concurrency
 */
async function openWithEach(url, cookies, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < cookies.length) {
      const cookie = /** @type {string} */ (cookies[next]);
      next += 1;
      const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status !== 200) {
        throw new Error(`GET ${url} returned ${response.status} for a copied session, expected 200`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Reads the server's RSS (and its peak so far), then asks it for a full
 * garbage collection and reads its heap in use after it. Sizes are in bytes.
 *
 * @param {import('./server-process.js').ServerProcess} server
 * @param {string} name
 */
async function checkpoint(server, name) {
  const { rss, peakRss } = server.memory();
  const afterGc = await server.memoryAfterGc();
  return { name, rss, peakRss, heapUsedAfterGc: afterGc.heapUsed, rssAfterGc: afterGc.rss };
}

/**
 * Measures Journey Kit's memory on `port` at four checkpoints: after one
 * participant reached check answers, after that participant opened check
 * answers `count` times (the control), after `count` copies of the session
 * were stored, and after every copy opened check answers once.
 *
 * @param {number} port
 * @param {number} count
 */
export async function measureSessionMemory(port, count) {
  const { journey, personas } = await loadBenefitClaim('shropshire');
  const persona = personas.find((p) => p.name === personaName);
  if (!persona) {
    throw new Error(`No benefit-claim persona named ${personaName}`);
  }
  const secret = randomBytes(32).toString('hex');
  const server = journeyKit.start(port, {
    nodeArgs: ['--expose-gc', '--require', memoryReportPreload],
    env: { SESSION_SECRET: secret },
  });
  const dataDir = /** @type {string} */ (/** @type {any} */ (server).dataDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  const checkAnswersUrl = `${baseUrl}/${journey.council.id}/${journey.id}/${journey.pages.get('checkAnswers').slug}`;

  try {
    await retryUntilReady(server, () => journeyKit.openQuestion(baseUrl));
    const walk = await walkToCheckAnswers(baseUrl, journey, persona.answers);
    const cookie = walk.jar.get(sessionCookieName);
    const row = cookie ? readStoredSession(dataDir, sessionIdOf(cookie)) : undefined;
    if (!walk.reached || !row) {
      throw new Error(`Persona ${personaName} did not leave a stored session at check answers`);
    }
    const checkpoints = [await checkpoint(server, 'one participant at check answers')];

    // Control: the same number of check answers requests, all from one session.
    await openWithEach(checkAnswersUrl, Array.from({ length: count }, () => walk.jar.header()), 50);
    checkpoints.push(await checkpoint(server, `after ${count} check answers GETs from that one session (control)`));

    const started = performance.now();
    const sids = await insertSessions(dataDir, JSON.parse(row.data), count);
    const insertMs = performance.now() - started;
    checkpoints.push(await checkpoint(server, `after inserting ${count} sessions`));

    const cookies = sids.map((sid) => sessionCookieFor(sid, secret));
    const firstJar = new CookieJar();
    firstJar.store(cookies.slice(0, 1));
    const firstCopy = await send(checkAnswersUrl, { jar: firstJar });
    if (firstCopy.status !== 200) {
      throw new Error(`A copied session opened check answers with status ${firstCopy.status}, expected 200`);
    }
    const opened = performance.now();
    await openWithEach(checkAnswersUrl, cookies, 50);
    const openMs = performance.now() - opened;
    checkpoints.push(await checkpoint(server, `after each of the ${count} opened check answers once`));

    return {
      count,
      persona: personaName,
      sessionBytes: row.bytes,
      checkpoints,
      databaseBytes: fileSize(path.join(dataDir, databaseFileName)) + fileSize(path.join(dataDir, `${databaseFileName}-wal`)),
      insertMs,
      checkAnswersPerSecond: count / (openMs / 1000),
    };
  } finally {
    await server.stop();
  }
}
