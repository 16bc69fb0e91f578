import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenFields } from '../../src/fields/index.js';
import type { CompiledJourney } from '../../src/journeys/compiled-journey.js';
import { loadJourneys } from '../../src/journeys/load-journeys.js';
import { answersFor, loadScenarios } from '../../src/testing/scenarios.js';
import { Participant } from '../support/participant.js';
import { startTestKit, type TestKit } from '../support/test-kit.js';

// Every persona of every journey, for every council that serves it. A new
// council or journey is picked up here without any change to this file.
const journeys: CompiledJourney[] = await loadJourneys();
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

for (const journey of journeys) {
  describe(`${journey.id} for ${journey.council.id}`, () => {
    const scenarios = loadScenarios(journey.id);

    it('has persona scenarios', () => {
      expect(scenarios.length).toBeGreaterThan(0);
    });

    for (const scenario of scenarios) {
      it(`${scenario.name} ends on ${scenario.ends}`, async () => {
        const served = kit.journeys.find((j) => j.id === journey.id && j.council.id === journey.council.id)!;
        const participant = new Participant(kit.app, served);

        const route = await participant.walk(answersFor(scenario, served.examples));

        expect(route.at(-1)).toBe(scenario.ends);
        for (const state of scenario.visits ?? []) {
          if (served.pages.has(state)) expect(route).toContain(state);
        }
        for (const state of scenario.skips ?? []) expect(route).not.toContain(state);

        const end = await participant.get(scenario.ends);
        expect(end.status).toBe(200);
        if (served.pages.get(scenario.ends)?.definition.type !== 'confirmation') return;

        const reference = new RegExp(`<strong>(${served.referencePrefix}-[A-Z0-9-]+)</strong>`).exec(end.text)?.[1];
        expect(reference).toBeDefined();
        const claim = kit.claims.list({ council: served.council.id, journey: served.id }).find((c) => c.reference === reference);
        expect(claim).toBeDefined();
        const onRoute = new Set(route.flatMap((state) => flattenFields(served.pages.get(state)!.fields).map((f) => f.name)));
        for (const name of Object.keys(claim!.answers)) {
          expect(onRoute, `stored answer '${name}' is not on the route`).toContain(name);
        }
      });
    }
  });
}
