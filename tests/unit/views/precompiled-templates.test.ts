import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { viewsDir } from '../../../src/paths.js';
import { CachedTemplateLoader } from '../../../src/server/cached-template-loader.js';
import { FragmentCache } from '../../../src/server/fragment-cache.js';
import { precompileTemplates } from '../../../src/server/precompiled-templates.js';
import { createViewEnvironment, govukFrontendDist } from '../../../src/server/view-environment.js';

let outDir: string;
let count: number;

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-precompiled-'));
  count = precompileTemplates(createViewEnvironment(), [viewsDir, path.join(govukFrontendDist, 'govuk')], outDir);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Returns an environment like the kit's, reading compiled code from `precompiledDir` when given. */
function environment(searchPaths: string[], precompiledDir?: string): nunjucks.Environment {
  const env = new nunjucks.Environment(new CachedTemplateLoader(searchPaths, { noCache: false, watch: false }, precompiledDir), {
    autoescape: true,
  });
  env.addExtension('FragmentCache', new FragmentCache());
  return env;
}

const questionContext = {
  council: { id: 'shropshire', name: 'Shropshire Council', brandColour: '#005a30' },
  serviceName: 'Apply for Housing Benefit',
  serviceUrl: '/shropshire/benefit-claim/start',
  councilUrl: '/shropshire/benefit-claim/start',
  pageTitle: 'What is your postcode?',
  page: { title: 'What is your postcode?' },
  fields: [{ type: 'postcode', name: 'postcode', label: 'What is your postcode?', hint: 'For example, SY1 1HA' }],
  values: { postcode: '<script>' },
  errors: { postcode: { field: 'postcode', text: 'Enter a real postcode', href: '#postcode' } },
  errorList: [{ text: 'Enter a real postcode', href: '#postcode' }],
  backLink: '/shropshire/benefit-claim/start',
  csrfToken: 'token',
  cspNonce: 'nonce',
};

describe('precompiled templates', () => {
  it('cover views and govuk-frontend', () => {
    expect(count).toBeGreaterThan(50);
    expect(readdirSync(outDir)).toHaveLength(count);
  });

  it('render the same HTML', () => {
    const searchPaths = [viewsDir, govukFrontendDist];
    const fromSource = environment(searchPaths);
    const precompiled = environment(searchPaths, outDir);

    for (const template of ['page-types/question.njk', 'page-types/start.njk', 'errors/not-found.njk']) {
      expect(precompiled.render(template, questionContext), template).toBe(fromSource.render(template, questionContext));
    }
  });

  it('are used instead of compiling', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-precompiled-use-'));
    try {
      writeFileSync(path.join(dir, 'page.njk'), 'Hello {{ name }}');
      const env = environment([dir]);
      precompileTemplates(env, [dir], path.join(dir, 'compiled'));
      // Changing the compiled code shows which one rendered the page.
      const [file] = readdirSync(path.join(dir, 'compiled'));
      const storedPath = path.join(dir, 'compiled', file!);
      const stored = JSON.parse(readFileSync(storedPath, 'utf8')) as { code: string };
      writeFileSync(storedPath, JSON.stringify({ ...stored, code: stored.code.replace('"Hello "', '"Compiled hello "') }));

      expect(environment([dir], path.join(dir, 'compiled')).render('page.njk', { name: 'Siân' })).toBe('Compiled hello Siân');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skip templates edited later', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-precompiled-edit-'));
    try {
      mkdirSync(path.join(dir, 'compiled'));
      writeFileSync(path.join(dir, 'page.njk'), 'Before {{ name }}');
      precompileTemplates(environment([dir]), [dir], path.join(dir, 'compiled'));
      writeFileSync(path.join(dir, 'page.njk'), 'After {{ name }}');

      expect(environment([dir], path.join(dir, 'compiled')).render('page.njk', { name: 'Lambeth' })).toBe('After Lambeth');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
