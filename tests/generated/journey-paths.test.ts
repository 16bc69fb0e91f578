import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { formatCoverage, writeCoverageJson } from '../../src/testing/coverage.js';
import { loadJourneyModels } from '../../src/testing/journey-models.js';
import { planJourney, type JourneyPlan } from '../../src/testing/journey-paths.js';
import { startTestKit, type TestKit } from '../support/test-kit.js';
import { drivePath } from './support/drive-path.js';

// Paths made from the machines of every journey and council: together they
// visit every state and take every transition. A new journey or council is
// tested here without any change to this file.
const today = new Date();
const plans: JourneyPlan[] = (await loadJourneyModels()).map((model) => planJourney(model, { today }));
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => {
  kit?.dispose();
  const coverages = plans.map((plan) => plan.coverage);
  writeCoverageJson(coverages, path.join(projectRoot, 'coverage', 'journeys.json'));
  console.log(`Journey coverage by generated paths:\n${formatCoverage(coverages)}`);
});

/** For each question page, the first path that visits it, which also submits it once with errors. */
function invalidSubmissionPages(plan: JourneyPlan): Array<Set<string>> {
  const seen = new Set<string>();
  return plan.paths.map((journeyPath) => {
    const pages = new Set<string>();
    for (const step of journeyPath.steps) {
      const type = plan.journey.pages.get(step.state)?.definition.type;
      if (type === 'question' && !seen.has(step.state)) {
        seen.add(step.state);
        pages.add(step.state);
      }
    }
    return pages;
  });
}

for (const plan of plans) {
  const { journey, coverage } = plan;

  describe(`${journey.id} for ${journey.council.id}`, () => {
    it('makes paths without problems', () => {
      expect(plan.problems).toEqual([]);
      expect(plan.paths.length).toBeGreaterThan(0);
    });

    it('covers every state', () => {
      expect(coverage.states.uncovered, 'states no generated path visits').toEqual([]);
      expect(coverage.states.covered).toBe(coverage.states.total);
    });

    it('covers every transition', () => {
      expect(coverage.transitions.uncovered, 'transitions no generated path takes').toEqual([]);
      expect(coverage.transitions.covered).toBe(coverage.transitions.total);
    });

    const invalidAt = invalidSubmissionPages(plan);
    plan.paths.forEach((journeyPath, index) => {
      it(`path ${index + 1} ends on ${journeyPath.states.at(-1)}`, async () => {
        const served = kit.journeys.find((j) => j.id === journey.id && j.council.id === journey.council.id)!;
        const problems = await drivePath({ app: kit.app, journey: served, path: journeyPath, invalidAt: invalidAt[index]!, today });

        expect(problems, `route: ${journeyPath.states.join(' → ')}`).toEqual([]);
      });
    });
  });
}
