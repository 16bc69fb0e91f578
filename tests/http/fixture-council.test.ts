import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJourneys } from '../../src/journeys/load-journeys.js';
import { projectRoot } from '../../src/paths.js';

const run = promisify(execFile);
const realJourneys = path.join(projectRoot, 'journeys');
let tree: string;

// A third council that exists only in its own folders: nothing else changes.
const fixtureCouncil = {
  'benefit-claim': `export default {
  council: { id: 'fixture-council', name: 'Fixture Council', brandColour: '#4c2c92' },
  examples: { postcode: 'NE61 1AA' },
  settings: {
    postcodeAreas: ['NE61', 'NE65'],
    councilTaxReductionSavingsLimit: 10000,
    contact: { name: 'Revenues and benefits', phone: '01670 000 000', hours: 'Monday to Thursday, 9am to 4pm' },
  },
};
`,
  'missed-bin': `export default {
  council: { id: 'fixture-council', name: 'Fixture Council' },
  examples: { postcode: 'NE61 1AA', address: '200000000001' },
  settings: {
    postcodeAreas: ['NE61', 'NE65'],
    addresses: [
      { uprn: '200000000001', postcode: 'NE61 1AA', line: '1 Bridge Street, Morpeth, NE61 1AA' },
      { uprn: '200000000002', postcode: 'NE61 1AA', line: '2 Bridge Street, Morpeth, NE61 1AA' },
    ],
    reportingWindowWorkingDays: 5,
    contact: { name: 'Waste services', phone: '01670 000 001', hours: 'Monday to Friday, 8am to 5pm' },
  },
};
`,
};

/** Copies the journeys folder as links to the real files, plus the new council's folder. */
function buildTree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-council-'));
  for (const journey of readdirSync(realJourneys)) {
    mkdirSync(path.join(root, journey, 'councils'), { recursive: true });
    for (const entry of readdirSync(path.join(realJourneys, journey))) {
      if (entry !== 'councils') symlinkSync(path.join(realJourneys, journey, entry), path.join(root, journey, entry));
    }
    for (const council of readdirSync(path.join(realJourneys, journey, 'councils'))) {
      if (council === 'fixture-council') continue;
      symlinkSync(path.join(realJourneys, journey, 'councils', council), path.join(root, journey, 'councils', council));
    }
    const variant = fixtureCouncil[journey as keyof typeof fixtureCouncil];
    if (variant) {
      mkdirSync(path.join(root, journey, 'councils', 'fixture-council'));
      writeFileSync(path.join(root, journey, 'councils', 'fixture-council', 'variant.ts'), variant);
    }
  }
  return root;
}

beforeAll(() => {
  tree = buildTree();
});
afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

describe('a council added in its own folder', () => {
  it('is served for every journey', async () => {
    const journeys = await loadJourneys({ modules: tree, sources: tree });
    const councils = journeys.filter((journey) => journey.council.id === 'fixture-council').map((journey) => journey.id);

    expect(councils.sort()).toEqual(['benefit-claim', 'missed-bin']);
  });

  it('passes the journey suites with no test changed', async () => {
    const suites = ['tests/http/scenario-walks.test.ts', 'tests/generated/journey-paths.test.ts'];
    const { stdout } = await run('npx', ['vitest', 'run', ...suites, '--reporter=verbose'], {
      cwd: projectRoot,
      env: { ...process.env, JOURNEYS_DIR: tree },
      timeout: 120_000,
    });

    expect(stdout).toContain('benefit-claim for fixture-council');
    expect(stdout).toContain('missed-bin for fixture-council');
    expect(stdout).toMatch(/benefit-claim \(fixture-council\)\s+\d+\s+\d+\/\d+ 100%\s+\d+\/\d+ 100%/);
    expect(stdout).toMatch(/missed-bin \(fixture-council\)\s+\d+\s+\d+\/\d+ 100%\s+\d+\/\d+ 100%/);
    expect(stdout).not.toMatch(/\d+ failed/);
  }, 150_000);
});
