import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jumpToPage } from '../../../src/engine/jump-to-page.js';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { answersFor, loadScenarios, type Scenario } from '../../../src/testing/scenarios.js';
import { errorSummaryOf, Participant } from '../../support/participant.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { SharedBrowser } from './facilitator-support.js';

// Every persona of every journey, for every council that serves it.
const journeys: CompiledJourney[] = await loadJourneys();
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

function personaOf(journeyId: string, name: string): Scenario {
  const persona = loadScenarios(journeyId).find((scenario) => scenario.name === name);
  if (!persona) throw new Error(`No ${journeyId} persona '${name}'`);
  return persona;
}

/** Submits the persona's answers from `from` until a final page; returns the pages visited. */
async function continueFrom(participant: Participant, from: string, values: ReturnType<typeof answersFor>): Promise<string[]> {
  const visited = [from];
  for (let current = from; !participant.journey.pages.get(current)?.final; ) {
    const response = await participant.submit(current, values);
    const next = participant.stateAt(response.location);
    if (response.status !== 303 || !next) {
      throw new Error(`Submitting '${current}' gave ${response.status}: ${errorSummaryOf(response.text).join('; ')}`);
    }
    visited.push(next);
    current = next;
  }
  return visited;
}

async function facilitatorFor(journey: CompiledJourney): Promise<SharedBrowser> {
  const shared = new SharedBrowser(kit.app, journey);
  await shared.switchView('on');
  return shared;
}

describe('jump to page as each persona', () => {
  for (const served of journeys) {
    for (const persona of loadScenarios(served.id)) {
      it(`${served.id} for ${served.council.id}: ${persona.name}`, async () => {
        const journey = journeyOf(kit, served.council.id, served.id);
        const values = answersFor(persona, journey.examples);
        const walker = new Participant(kit.app, journey);
        const route = await walker.walk(values);
        const target = route[Math.max(1, Math.floor((route.length - 1) / 2))]!;
        const shared = await facilitatorFor(journey);

        const jumped = await shared.jump(target, persona.name);
        const landed = await shared.participant.get(target);

        expect(jumped.status, errorSummaryOf(jumped.text).join('; ')).toBe(303);
        expect(jumped.location).toBe(shared.participant.url(target));
        expect(landed.status).toBe(200);

        for (const earlier of route.slice(0, route.indexOf(target))) {
          expect((await shared.participant.get(earlier)).status, `${earlier} is on the route`).toBe(200);
        }
        const after = route[route.indexOf(target) + 1];
        if (after !== undefined) {
          const ahead = await shared.participant.get(after);
          expect(ahead.status, `${after} is not answered yet`).toBe(302);
          expect(shared.participant.stateAt(ahead.location)).toBe(target);
        }

        const rest = await continueFrom(shared.participant, target, values);
        expect([...route.slice(0, route.indexOf(target)), ...rest]).toEqual(route);
        expect(rest.at(-1)).toBe(persona.ends);

        if (journey.pages.get(persona.ends)?.definition.type === 'confirmation') {
          const claims = kit.claims.list({ journey: journey.id, council: journey.council.id });
          const reference = (page: string) => new RegExp(`(${journey.referencePrefix}-[A-Z0-9-]+)`).exec(page)?.[1];
          const walkerEnd = await walker.get(persona.ends);
          const jumperEnd = await shared.participant.get(persona.ends);
          const walkerClaim = claims.find((claim) => claim.reference === reference(walkerEnd.text));
          const jumperClaim = claims.find((claim) => claim.reference === reference(jumperEnd.text));

          expect(walkerClaim).toBeDefined();
          expect(jumperClaim).toBeDefined();
          expect(jumperClaim!.reference).not.toBe(walkerClaim!.reference);
          expect(jumperClaim!.answers).toEqual(walkerClaim!.answers);
        }
      });
    }
  }
});

describe('jump to page', () => {
  const lambeth = () => journeyOf(kit, 'lambeth', 'benefit-claim');

  it('replaces the answers given so far', async () => {
    const shared = await facilitatorFor(lambeth());
    await shared.participant.submit('start', {});
    await shared.participant.submit('postcode', { postcode: 'SE1 7PB' });
    await shared.participant.submit('dateOfBirth', { 'dateOfBirth-day': '1', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1950' });

    await shared.jump('rent', 'private-renter');
    const postcode = await shared.participant.get('postcode');
    const dateOfBirth = await shared.participant.get('dateOfBirth');

    expect(postcode.text).toContain('value="SW2 1RW"');
    expect(dateOfBirth.text).toContain('value="1990"');
  });

  it('lands on the confirmation page with a stored claim', async () => {
    const shared = await facilitatorFor(lambeth());

    const jumped = await shared.jump('confirmation', 'private-renter');
    const confirmation = await shared.participant.get('confirmation');
    const reference = /(HBC-[A-Z0-9-]+)/.exec(confirmation.text)?.[1];

    expect(jumped.location).toBe('/lambeth/benefit-claim/confirmation');
    expect(confirmation.status).toBe(200);
    expect(reference).toBeDefined();
    expect(kit.claims.list({ council: 'lambeth' }).some((claim) => claim.reference === reference)).toBe(true);
  });

  it('starts a new run after a submitted claim', async () => {
    const shared = await facilitatorFor(lambeth());
    await shared.jump('confirmation', 'private-renter');

    const jumped = await shared.jump('savings', 'pension-age-home-owner');
    const savings = await shared.participant.get('savings');

    expect(jumped.location).toBe('/lambeth/benefit-claim/savings');
    expect(savings.status).toBe(200);
  });

  it('says when the page is not on the persona’s route', async () => {
    const shared = await facilitatorFor(lambeth());
    await shared.participant.submit('start', {});

    const response = await shared.jump('rent', 'outside-area');
    const postcode = await shared.participant.get('postcode');

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual([
      'Someone who lives in another council&#39;s area does not reach ‘Your rent’: their route ends on ‘You need to apply to a different council’. Select a page on their route or another persona',
    ]);
    expect(response.text).toContain('Pages on this persona’s route');
    expect(postcode.status).toBe(200);
    expect(postcode.text).not.toContain('value="ZE1 0AA"');
  });

  it('asks for a page and a persona', async () => {
    const shared = await facilitatorFor(lambeth());

    const response = await shared.post(shared.toolUrl('jump'), { page: 'no-such-page' });

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual(['Select a page', 'Select a persona']);
  });

  it('rejects a persona of another journey', async () => {
    const shared = await facilitatorFor(lambeth());

    const response = await shared.jump('postcode', 'rubbish-and-recycling');

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual(['Select a persona']);
  });

  it('shows the form with the page chosen', async () => {
    const shared = await facilitatorFor(lambeth());

    const form = await shared.get(`${shared.toolUrl('jump')}?page=rent`);

    expect(form.status).toBe(200);
    expect(form.text).toMatch(/<option value="rent" selected>Your rent \(Question page\)<\/option>/);
    for (const persona of loadScenarios('benefit-claim')) {
      expect(form.text).toContain(`value="${persona.name}"`);
    }
  });
});

describe('jumpToPage', () => {
  const lambeth = () => journeyOf(kit, 'lambeth', 'benefit-claim');
  const today = new Date(2026, 0, 15);

  it('submits every page before the target', () => {
    const values = answersFor(personaOf('benefit-claim', 'private-renter'), lambeth().examples, today);

    const result = jumpToPage(lambeth(), values, 'landlord', { today });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.route).toEqual(['start', 'postcode', 'dateOfBirth', 'universalCredit', 'partner', 'tenure', 'councilPlacement', 'rent', 'landlord']);
    expect(result.progress.route).toEqual(result.route);
    expect(result.progress.done).toEqual(result.route.slice(0, -1));
    expect(result.progress.answers).toMatchObject({ postcode: 'SW2 1RW', dateOfBirth: '1990-06-14', rentAmount: 1234.5, rentFrequency: 'monthly' });
    expect(result.completedAnswers).toBeUndefined();
  });

  it('lands on the initial page with nothing submitted', () => {
    const result = jumpToPage(lambeth(), {}, 'start', { today });

    expect(result.ok).toBe(true);
    if (result.ok) expect(result.progress.done).toEqual([]);
  });

  it('reports values a page rejects', () => {
    const result = jumpToPage(lambeth(), { postcode: 'not a postcode' }, 'dateOfBirth', { today });

    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalidAnswers') throw new Error(`unexpected result ${JSON.stringify(result)}`);
    expect(result.pageId).toBe('postcode');
    expect(result.errors.map((error) => error.field)).toEqual(['postcode']);
  });

  it('reports a target off the route', () => {
    const result = jumpToPage(lambeth(), { postcode: 'ZE1 0AA' }, 'rent', { today });

    expect(result).toEqual({ ok: false, reason: 'notOnRoute', route: ['start', 'postcode', 'outsideArea'] });
  });

  it('reports an unknown page', () => {
    expect(jumpToPage(lambeth(), {}, 'noSuchPage', { today })).toEqual({ ok: false, reason: 'unknownPage' });
  });

  it('returns the claim answers for the confirmation page', () => {
    const values = answersFor(personaOf('benefit-claim', 'private-renter'), lambeth().examples, today);

    const result = jumpToPage(lambeth(), values, 'confirmation', { today });

    expect(result.ok).toBe(true);
    if (result.ok) expect(result.completedAnswers).toMatchObject({ fullName: 'Siân O\'Brien-Smith', landlordName: 'Acme Lettings Ltd' });
  });
});
