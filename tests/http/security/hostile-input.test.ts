import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanLine, cleanMultiline } from '../../../src/fields/body-values.js';
import { kindOf } from '../../../src/fields/field-kinds.js';
import { flattenFields } from '../../../src/fields/index.js';
import type { FieldDefinition } from '../../../src/fields/types.js';
import { pageAnswerNames } from '../../../src/engine/page-answers.js';
import type { CompiledJourney, CompiledPage } from '../../../src/journeys/compiled-journey.js';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { loadScenarios } from '../../../src/testing/scenarios.js';
import { csrfTokenOf, Participant } from '../../support/participant.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { expectNoInjectedMarkup, scriptNonceOf } from './support/html-checks.js';
import { encodeForm, FORMULAS, hostileBody } from './support/hostile-values.js';
import { answersReachingPages } from './support/offline-walk.js';
import { sessionIdFromSetCookie, SessionRows } from './support/session-rows.js';
import { walkTo } from './support/walk-to.js';

// About 100 pages are fuzzed, so 12 runs each keep the file near 20 s on two cores.
// HOSTILE_RUNS raises it for a deeper search.
const RUNS_PER_PAGE = Number(process.env.HOSTILE_RUNS ?? 12);

const journeys = await loadJourneys();
let kit: TestKit;
let sessions: SessionRows;

beforeAll(async () => {
  kit = await startTestKit();
  sessions = new SessionRows(kit.dataDir);
});
afterAll(() => {
  sessions.close();
  kit.dispose();
});

function inputNamesOf(fields: FieldDefinition[]): string[] {
  return flattenFields(fields).flatMap((field) => kindOf(field).inputNames(field));
}

/** Values the page accepts: its options and the scenario's answers for its inputs. */
function validValuesOf(page: CompiledPage, answers: Record<string, string | string[]>): string[] {
  const values = new Set<string>();
  for (const field of flattenFields(page.fields)) {
    if (field.type === 'radios' || field.type === 'checkboxes') {
      for (const option of field.options) values.add(option.value);
    }
  }
  for (const name of inputNamesOf(page.fields)) {
    for (const value of [answers[name] ?? []].flat()) values.add(value);
  }
  return [...values];
}

/** What a text-like field stores for a raw value, or undefined for other field types. */
function expectedText(field: FieldDefinition, raw: string): string | undefined {
  if (field.type === 'text') return cleanLine(raw);
  if (field.type === 'fullName') return cleanLine(raw).replace(/\s+/g, ' ');
  if (field.type === 'textarea') return cleanMultiline(raw);
  return undefined;
}

/** A participant with a session, their session id and CSRF token. */
async function newParticipant(journey: CompiledJourney) {
  const participant = new Participant(kit.app, journey);
  const first = await participant.agent.get(participant.url(journey.initial));
  expect(first.status).toBe(200);
  return { participant, sid: sessionIdFromSetCookie(first.headers['set-cookie']), token: csrfTokenOf(first.text) };
}

async function postRaw(participant: Participant, stateId: string, body: string) {
  const response = await participant.agent.post(participant.url(stateId)).type('form').send(body);
  return { status: response.status, text: response.text, csp: response.headers['content-security-policy'] as string | undefined };
}

function changedAnswerNames(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

for (const listed of journeys) {
  const key = `${listed.council.id}/${listed.id}`;
  const scenarios = loadScenarios(listed.id);
  const { reached, unreached } = answersReachingPages(listed, scenarios);
  const allInputs = [...listed.pages.values()].flatMap((page) => inputNamesOf(page.fields));

  if (unreached.length > 0) {
    // Reported rather than failed, because which pages a journey's scenarios reach is up to its author.
    console.warn(`${key}: no scenario reaches ${unreached.join(', ')}, so these pages are fuzzed off-route only`);
  }

  describe(`hostile input to ${key}`, () => {
    for (const page of listed.pages.values()) {
      const reach = reached.get(page.id);
      // NOTE: a page that no scenario, or scenario with one answer changed, reaches is
      // fuzzed only by the off-route test below. Add a scenario that visits it.
      if (!reach) continue;

      it(`${page.id} survives hostile posts`, async () => {
        const journey = journeyOf(kit, listed.council.id, listed.id);
        const { participant, sid, token } = await newParticipant(journey);
        await walkTo(participant, reach.answers, page.id);

        const ownInputs = inputNamesOf(page.fields);
        const otherInputs = allInputs.filter((name) => !ownInputs.includes(name));
        const ownAnswerNames = pageAnswerNames(journey, page.id);
        const fields = flattenFields(page.fields);

        await fc.assert(
          fc.asyncProperty(hostileBody(ownInputs, otherInputs, validValuesOf(page, reach.answers)), async (pairs) => {
            const before = sessions.read(sid) ?? {};
            const response = await postRaw(participant, page.id, encodeForm([...pairs, ['_csrf', token]]));

            expect([303, 400, 413]).toContain(response.status);
            expectNoInjectedMarkup(response.text, scriptNonceOf(response.csp), pairs.flatMap(([, value]) => value));

            const after = sessions.read(sid) ?? {};
            const beforeAnswers = sessions.answersIn(before, key);
            const afterAnswers = sessions.answersIn(after, key);
            for (const name of changedAnswerNames(beforeAnswers, afterAnswers)) {
              expect(ownAnswerNames, `answer '${name}' stored from a post to ${page.id}`).toContain(name);
            }
            for (const name of Object.keys(after)) {
              expect(Object.keys(before).includes(name) || name === 'progress', `session key '${name}' added`).toBe(true);
            }

            if (response.status !== 303) return;
            for (const field of fields) {
              const posted = pairs.filter(([name]) => name === field.name).map(([, value]) => value);
              const raw = posted.length === 1 ? posted[0] : undefined;
              if (typeof raw !== 'string' || afterAnswers[field.name] === undefined) continue;
              const expected = expectedText(field, raw);
              if (expected !== undefined) expect(afterAnswers[field.name], `stored ${field.name}`).toBe(expected);
            }
          }),
          { numRuns: RUNS_PER_PAGE },
        );
      });
    }

    it('off-route posts redirect and store nothing', async () => {
      const journey = journeyOf(kit, listed.council.id, listed.id);
      const offRoute = [...journey.pages.values()].filter((page) => page.id !== journey.initial);
      const { participant, sid, token } = await newParticipant(journey);

      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...offRoute), hostileBody(allInputs, [], []), async (page, pairs) => {
          const response = await postRaw(participant, page.id, encodeForm([...pairs, ['_csrf', token]]));

          expect([303, 413]).toContain(response.status);
          expect(sessions.answers(sid, key)).toEqual({});
        }),
        { numRuns: RUNS_PER_PAGE * 2 },
      );
    });
  });
}

describe('hostile text through to the claim', () => {
  const textTypes = new Set(['text', 'textarea', 'fullName']);
  const hostileText = fc.oneof(
    fc.constantFrom(...FORMULAS),
    fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "O'Brien <b>&amp;</b> Sons", '=HYPERLINK("http://example.invalid","x")<svg/onload=alert(1)>'),
    fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== ''),
  );

  for (const listed of journeys) {
    const confirmation = [...listed.pages.values()].find((page) => page.definition.type === 'confirmation');
    const checkAnswers = [...listed.pages.values()].find((page) => page.definition.type === 'checkAnswers');
    const scenario = loadScenarios(listed.id).find((candidate) => candidate.ends === confirmation?.id);
    if (!confirmation || !checkAnswers || !scenario) continue;

    it(`${listed.council.id}/${listed.id} escapes and keeps hostile text`, async () => {
      const journey = journeyOf(kit, listed.council.id, listed.id);
      const { reached } = answersReachingPages(journey, [scenario]);
      const base = reached.get(confirmation.id)!.answers;
      const textFields = [...journey.pages.values()]
        .flatMap((page) => flattenFields(page.fields))
        .filter((field) => textTypes.has(field.type) && base[field.name] !== undefined);
      expect(textFields.length).toBeGreaterThan(0);

      await fc.assert(
        fc.asyncProperty(fc.array(hostileText, { minLength: textFields.length, maxLength: textFields.length }), async (texts) => {
          const answers = { ...base };
          textFields.forEach((field, index) => {
            answers[field.name] = texts[index]!;
          });
          const { participant } = await newParticipant(journey);
          await walkTo(participant, answers, checkAnswers.id);

          const summary = await participant.agent.get(participant.url(checkAnswers.id));
          expect(summary.status).toBe(200);
          expectNoInjectedMarkup(summary.text, scriptNonceOf(summary.headers['content-security-policy']), texts);

          await walkTo(participant, answers, confirmation.id);
          const end = await participant.get(confirmation.id);
          const reference = /<strong>([A-Z0-9-]+)<\/strong>/.exec(end.text)?.[1];
          const claim = kit.claims.list().find((candidate) => candidate.reference === reference);
          expect(claim, 'stored claim').toBeDefined();
          textFields.forEach((field, index) => {
            expect(claim!.answers[field.name], `claim ${field.name}`).toBe(expectedText(field, texts[index]!));
          });
        }),
        { numRuns: 3 },
      );
    });
  }
});
