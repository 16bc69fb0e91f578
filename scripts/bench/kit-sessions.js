// Journey Kit participants and their stored sessions: walking a persona to
// check answers, reading a session row from SQLite, and signing session
// cookies as express-session does.

import { createHmac } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import Database from 'better-sqlite3';

import { CookieJar, csrfTokenOf, expectStatus, send } from './http.js';
import { projectRoot } from './paths.js';

export const sessionCookieName = 'journey-kit.sid';
export const databaseFileName = 'journey-kit.sqlite';

/** @param {string} relativePath a module under dist/src, as built by `npm run build` */
async function importBuilt(relativePath) {
  return import(pathToFileURL(path.join(projectRoot, 'dist', 'src', relativePath)).href);
}

/**
 * Loads the built benefit claim for one council and its persona scenarios,
 * each with the answers it submits (the council's examples fill the gaps).
 *
 * @param {string} council
 */
export async function loadBenefitClaim(council) {
  const { loadJourneys } = await importBuilt('journeys/load-journeys.js');
  const { loadScenarios, answersFor } = await importBuilt('testing/scenarios.js');
  const journeys = /** @type {any[]} */ (await loadJourneys());
  const journey = journeys.find((j) => j.id === 'benefit-claim' && j.council.id === council);
  if (!journey) {
    throw new Error(`The built kit has no benefit-claim journey for council '${council}'`);
  }
  const personas = /** @type {any[]} */ (loadScenarios('benefit-claim')).map((scenario) => ({
    name: /** @type {string} */ (scenario.name),
    answers: /** @type {Record<string, string | string[]>} */ (answersFor(scenario, journey.examples)),
  }));
  return { journey, personas };
}

/**
 * Answers every page with `answers` from the start page, as a participant
 * over HTTP, until the check answers page, which it then opens. Returns the
 * participant's cookies and route, or `reached: false` when the persona's
 * route ends on a final page before check answers.
 *
 * @param {string} baseUrl
 * @param {any} journey a CompiledJourney
 * @param {Record<string, string | string[]>} answers
 */
export async function walkToCheckAnswers(baseUrl, journey, answers) {
  const jar = new CookieJar();
  const urlOf = (/** @type {string} */ stateId) =>
    `${baseUrl}/${journey.council.id}/${journey.id}/${journey.pages.get(stateId).slug}`;
  const route = [journey.initial];
  let current = journey.initial;

  for (;;) {
    const page = journey.pages.get(current);
    if (page.definition.type === 'checkAnswers') {
      await expectStatus(urlOf(current), 200, { jar });
      return { reached: true, jar, route };
    }
    if (page.final) {
      return { reached: false, jar, route };
    }
    const shown = await expectStatus(urlOf(current), 200, { jar });
    const submitted = await send(urlOf(current), {
      jar,
      form: { ...answers, _csrf: csrfTokenOf(shown.text) },
    });
    const slug = submitted.location?.split('?')[0]?.split('/').pop();
    const next = slug ? journey.pagesBySlug.get(slug)?.id : undefined;
    if (submitted.status !== 303 || !next) {
      throw new Error(`Submitting '${current}' returned ${submitted.status} ${submitted.location ?? ''}`);
    }
    route.push(next);
    current = next;
    if (route.length > journey.pages.size * 2) {
      throw new Error(`The walk did not reach check answers: ${route.join(' > ')}`);
    }
  }
}

/**
 * Returns the session ID inside a signed express-session cookie value
 * (`s:<id>.<signature>`, URL-encoded).
 *
 * @param {string} cookieValue
 */
export function sessionIdOf(cookieValue) {
  const decoded = decodeURIComponent(cookieValue);
  if (!decoded.startsWith('s:') || decoded.lastIndexOf('.') < 2) {
    throw new Error(`'${cookieValue}' is not a signed express-session cookie value`);
  }
  return decoded.slice(2, decoded.lastIndexOf('.'));
}

/**
 * Signs a session ID as express-session does (cookie-signature: HMAC-SHA256,
 * base64 without padding) and returns the Cookie header for it.
 *
 * @param {string} sid
 * @param {string} secret
 */
export function sessionCookieFor(sid, secret) {
  const signature = createHmac('sha256', secret).update(sid).digest('base64').replace(/=+$/, '');
  return `${sessionCookieName}=${encodeURIComponent(`s:${sid}.${signature}`)}`;
}

/**
 * Reads one stored session from the kit's SQLite file, read-only, and returns
 * its JSON text and size in bytes, or undefined when there is no such row.
 *
 * @param {string} dataDir
 * @param {string} sid
 */
export function readStoredSession(dataDir, sid) {
  const db = new Database(path.join(dataDir, databaseFileName), { readonly: true });
  try {
    const row = /** @type {{ data: string, bytes: number } | undefined} */ (
      db.prepare('SELECT data, length(CAST(data AS BLOB)) AS bytes FROM sessions WHERE sid = ?').get(sid)
    );
    return row;
  } finally {
    db.close();
  }
}
