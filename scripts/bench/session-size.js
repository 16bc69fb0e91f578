// Session size at check answers: every benefit claim persona that reaches
// check answers walks there over HTTP, then its session row is read from SQLite.

import { loadBenefitClaim, readStoredSession, sessionCookieName, sessionIdOf, walkToCheckAnswers } from './kit-sessions.js';
import { retryUntilReady } from './server-process.js';
import { journeyKit } from './targets/targets.js';

const council = 'shropshire';

/**
 * @typedef {object} PersonaSession
 * @property {string} persona
 * @property {number} bytes  size of the stored session JSON in UTF-8
 * @property {number} pages  pages on the route up to and including check answers
 */

/**
 * Starts Journey Kit on `port` with a fresh data folder and measures each
 * persona's stored session at check answers. Personas whose route ends
 * before check answers are listed in `skipped`.
 *
 * @param {number} port
 */
export async function measureSessionSizes(port) {
  const { journey, personas } = await loadBenefitClaim(council);
  const server = journeyKit.start(port);
  const baseUrl = `http://127.0.0.1:${port}`;
  /** @type {PersonaSession[]} */
  const sessions = [];
  /** @type {string[]} */
  const skipped = [];

  try {
    await retryUntilReady(server, () => journeyKit.openQuestion(baseUrl));
    for (const persona of personas) {
      const walk = await walkToCheckAnswers(baseUrl, journey, persona.answers);
      if (!walk.reached) {
        skipped.push(persona.name);
        continue;
      }
      const cookie = walk.jar.get(sessionCookieName);
      if (!cookie) {
        throw new Error(`Persona ${persona.name} has no ${sessionCookieName} cookie`);
      }
      const row = readStoredSession(/** @type {any} */ (server).dataDir, sessionIdOf(cookie));
      if (!row) {
        throw new Error(`Persona ${persona.name}'s session is not in the sessions table`);
      }
      sessions.push({ persona: persona.name, bytes: row.bytes, pages: walk.route.length });
    }
  } finally {
    await server.stop();
  }

  const largest = sessions.reduce((max, s) => (s.bytes > max.bytes ? s : max), sessions[0] ?? { persona: '', bytes: 0, pages: 0 });
  return { council, sessions, skipped, largest };
}
