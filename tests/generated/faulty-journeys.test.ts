import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyDefinitionError } from '../../src/journeys/errors.js';
import { isComplete } from '../../src/testing/coverage.js';
import { loadJourneyModels } from '../../src/testing/journey-models.js';
import { planJourney, type JourneyPlan } from '../../src/testing/journey-paths.js';
import { drivePath } from './support/drive-path.js';
import { faultyDefinitionsFolder, faultyPagesFolder, startFixtureKit, type FixtureKit } from './support/fixture-kit.js';

// The generated suite run against journeys with deliberate faults
// (tests/fixtures/faulty-journeys): each fault must make it report a failure.
const today = new Date();
const plans = new Map<string, JourneyPlan>(
  (await loadJourneyModels({ modules: faultyPagesFolder, sources: faultyPagesFolder })).map((model) => [
    model.compiled.id,
    planJourney(model, { today }),
  ]),
);
let kit: FixtureKit;

beforeAll(async () => {
  kit = await startFixtureKit(faultyPagesFolder);
});
afterAll(() => kit?.dispose());

/** Drives every generated path of a fixture journey and returns the problems found. */
async function problemsOf(journeyId: string): Promise<string[]> {
  const plan = plans.get(journeyId)!;
  const served = kit.journeys.find((journey) => journey.id === journeyId)!;
  const problems: string[] = [];
  for (const path of plan.paths) {
    problems.push(...(await drivePath({ app: kit.app, journey: served, path, invalidAt: new Set(), today })));
  }
  return problems;
}

describe('generated suite on faulty journeys', () => {
  it('rejects journeys whose definitions are broken', async () => {
    const loading = loadJourneyModels({ modules: faultyDefinitionsFolder, sources: faultyDefinitionsFolder });

    await expect(loading).rejects.toThrow(JourneyDefinitionError);
  });

  it('reports a transition no answer can take', () => {
    const { coverage, problems } = plans.get('dead-branch')!;

    expect(problems).toEqual([]);
    expect(isComplete(coverage)).toBe(false);
    expect(coverage.transitions.uncovered).toEqual(['amount → tooMuch when overLimit']);
    expect(coverage.states.uncovered).toEqual(['tooMuch']);
  });

  it('reports a page that fails to render', async () => {
    const problems = await problemsOf('broken-template');

    expect(problems).toContain("'checkAnswers' returned 500 instead of 200");
  });

  it('reports a wrong heading and wrong errors', async () => {
    // The kit serves the page as defined; the driver is given a journey whose
    // page has another label and an optional text field in place of the radios.
    const plan = plans.get('inaccessible-page')!;
    const served = kit.journeys.find((journey) => journey.id === 'inaccessible-page')!;
    const path = plan.paths.find((candidate) => candidate.states.includes('dangerous'))!;
    const changed = {
      ...served,
      pages: new Map([...served.pages].map(([id, page]) => [
        id,
        id === 'dangerous'
          ? { ...page, fields: [{ type: 'text' as const, name: 'dangerous', label: 'A label the page does not show', maxLength: 1, optional: true }] }
          : page,
      ])),
    };

    const problems = await drivePath({ app: kit.app, journey: changed, path, invalidAt: new Set(['dangerous']), today });

    expect(problems).toContain("'dangerous' has the heading 'Is the light hanging down or are there exposed wires?' instead of 'A label the page does not show'");
    expect(problems).toContain(`'dangerous' shows the errors ["Select is the light hanging down or are there exposed wires?"] for an invalid submission instead of ["A label the page does not show must be 1 characters or less"]`);
  });

  it('passes the page that only axe finds fault with', async () => {
    const plan = plans.get('inaccessible-page')!;

    expect(isComplete(plan.coverage)).toBe(true);
    expect(await problemsOf('inaccessible-page')).toEqual([]);
  });
});
