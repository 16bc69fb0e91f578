import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkJourneys } from '../../../src/cli/check-journeys.js';
import { page } from '../../../src/journeys/define.js';
import type { MachineConfig } from '../../../src/journeys/types.js';
import { definitionProblems, validateDefinition } from '../../../src/journeys/validate-definition.js';
import { projectRoot } from '../../../src/paths.js';

const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'faulty-journeys');
const definitionsFolder = path.join(fixtures, 'definitions');
const pagesFolder = path.join(fixtures, 'pages');
const run = promisify(execFile);

/** A config with four faults: a page without a title, a field without a label, a dead end and an unreachable page. */
const faultyConfig: MachineConfig = {
  initial: 'start',
  states: {
    start: { meta: page({ type: 'start', title: '' }), on: { NEXT: 'name' } },
    name: {
      meta: page({ type: 'question', title: 'Your name', fields: [{ type: 'fullName', name: 'name', label: ' ' }] }),
    },
    orphan: { meta: page({ type: 'interruption', title: 'Nobody gets here' }), on: { NEXT: 'name' } },
  },
};
const location = { journey: 'test-journey', council: 'testshire' };

describe('definitionProblems', () => {
  it('returns every problem', () => {
    const problems = definitionProblems(faultyConfig, new Set(), location).map((problem) => problem.message);

    expect(problems).toEqual([
      "journey 'test-journey', council 'testshire', state 'start': the page has no title. Give the page a `title`",
      "journey 'test-journey', council 'testshire', state 'name': the field 'name' has no label. Give the field a `label`",
      "journey 'test-journey', council 'testshire', state 'name': the page has no way forward and is not final. Add `on: { NEXT: 'nextPage' }`, or mark an exit page `type: 'final'`",
      "journey 'test-journey', council 'testshire', state 'orphan': no transition leads to this page, so nobody can reach it. Add a transition to it, or remove the page",
    ]);
  });

  it('shares its rules with start-up, which raises the first', () => {
    const [first] = definitionProblems(faultyConfig, new Set(), location);

    expect(() => validateDefinition(faultyConfig, new Set(), location)).toThrow(first!.message);
  });
});

describe('checkJourneys', () => {
  it('finds no problem in the kit’s journeys', async () => {
    const report = await checkJourneys();

    expect(report.problems.map((problem) => problem.message)).toEqual([]);
    expect(report.checked.length).toBeGreaterThanOrEqual(2);
  });

  it('lists every fault of the faulty journeys', async () => {
    const report = await checkJourneys({ modules: definitionsFolder, sources: definitionsFolder });

    expect(report.problems.map((problem) => [problem.location, problem.problem])).toEqual([
      [{ journey: 'missing-label', council: 'testshire', state: 'noticed' }, "the council overrides the words of field 'noticedOn', which the page does not have"],
      [{ journey: 'missing-label', council: 'testshire', state: 'noticed' }, "the field 'noticed' has no label"],
      [{ journey: 'missing-label', council: 'testshire', state: 'noticed' }, "the guard 'isUrgent' is used but not provided"],
      [{ journey: 'wrong-target', council: 'testshire', state: 'items' }, "a transition goes to 'checkAnwsers', which does not exist"],
    ]);
    for (const problem of report.problems) expect(problem.fix).not.toBe('');
  });

  it('passes journeys whose faults only show when they run', async () => {
    const report = await checkJourneys({ modules: pagesFolder, sources: pagesFolder });

    expect(report.problems).toEqual([]);
    expect(report.checked).toHaveLength(3);
  });
});

describe('check command', () => {
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  const check = path.join(projectRoot, 'src', 'cli', 'check.ts');

  it('exits with 1 and prints every problem', async () => {
    const failed = await run(tsx, [check, '--journeys', definitionsFolder], { cwd: projectRoot }).catch((error: { code: number; stdout: string }) => error);

    expect('code' in failed ? failed.code : 0).toBe(1);
    expect(failed.stdout).toContain("- journey 'wrong-target', council 'testshire', state 'items': a transition goes to 'checkAnwsers', which does not exist.");
    expect(failed.stdout).toContain("- journey 'missing-label', council 'testshire', state 'noticed': the field 'noticed' has no label.");
    expect(failed.stdout).toContain('check: 4 problems in 2 council journeys');
  });

  it('exits with 0 on the kit’s journeys', async () => {
    const { stdout } = await run(tsx, [check], { cwd: projectRoot });

    expect(stdout).toMatch(/^check: no problems in \d+ council journeys\n$/);
  });
});
