import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKit, type TestKit } from '../support/test-kit.js';

const run = promisify(execFile);
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

describe('index', () => {
  it('groups journeys under each council', async () => {
    const page = await request(kit.app).get('/');
    const lambeth = page.text.indexOf('Lambeth Council</h2>');
    const shropshire = page.text.indexOf('Shropshire Council</h2>');

    expect(lambeth).toBeGreaterThan(0);
    expect(shropshire).toBeGreaterThan(lambeth);
    expect(page.text.slice(lambeth, shropshire)).toContain('/lambeth/missed-bin/start');
    expect(page.text.slice(lambeth, shropshire)).toContain('/lambeth/benefit-claim/start');
  });

  it('filters by council name', async () => {
    const page = await request(kit.app).get('/').query({ filter: 'shrop' });

    expect(page.text).toContain('/shropshire/benefit-claim/start');
    expect(page.text).not.toContain('/lambeth/benefit-claim/start');
  });

  it('filters by journey name', async () => {
    const page = await request(kit.app).get('/').query({ filter: 'BIN' });

    expect(page.text).toContain('/shropshire/missed-bin/start');
    expect(page.text).toContain('/lambeth/missed-bin/start');
    expect(page.text).not.toContain('/lambeth/benefit-claim/start');
  });

  it('says when nothing matches', async () => {
    const page = await request(kit.app).get('/').query({ filter: '<b>nothing</b>' });

    expect(page.text).toContain('No councils or journeys match ‘&lt;b&gt;nothing&lt;/b&gt;’');
  });
});

describe('comparison page', () => {
  it('lists each pair of councils', async () => {
    const page = await request(kit.app).get('/compare');

    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/compare/benefit-claim/lambeth/shropshire"');
    expect(page.text).toContain('href="/compare/missed-bin/lambeth/shropshire"');
  });

  it('shows differences and both maps', async () => {
    const page = await request(kit.app).get('/compare/benefit-claim/shropshire/lambeth');

    expect(page.status).toBe(200);
    expect(page.text).toContain('Do you live in a park home, caravan or houseboat?');
    expect(page.text).toContain('councilTaxReductionSavingsLimit');
    expect(page.text.match(/<svg /g)).toHaveLength(2);
    expect(page.text).toContain('app-map--highlight');
  });

  it('gives the comparison as JSON', async () => {
    const response = await request(kit.app).get('/compare/benefit-claim/shropshire/lambeth.json');

    expect(response.status).toBe(200);
    expect(response.body.pages.onlyB).toEqual([
      { state: 'savingsHousingBenefitOnly', title: 'You are unlikely to get Council Tax Reduction' },
      { state: 'councilPlacement', title: 'Has the council placed you in temporary accommodation?' },
    ]);
  });

  it('gives 404 for an unknown council', async () => {
    expect((await request(kit.app).get('/compare/benefit-claim/shropshire/nowhere')).status).toBe(404);
  });
});

describe('compare command', () => {
  it('prints the same differences as JSON', async () => {
    const { stdout } = await run('npx', ['tsx', 'src/cli/compare.ts', 'missed-bin', 'shropshire', 'lambeth', '--json']);
    const comparison = JSON.parse(stdout);
    const page = await request(kit.app).get('/compare/missed-bin/shropshire/lambeth.json');

    expect(comparison).toEqual(page.body);
  });

  it('names the councils that exist when one does not', async () => {
    const failure = await run('npx', ['tsx', 'src/cli/compare.ts', 'missed-bin', 'shropshire', 'nowhere']).catch((error) => error);

    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain("Council 'nowhere' has no 'missed-bin' journey. Councils with it:");
    expect(failure.stderr).toContain('lambeth');
    expect(failure.stderr).toContain('shropshire');
  });
});
