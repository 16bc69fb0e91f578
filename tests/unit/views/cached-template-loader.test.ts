import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { CachedTemplateLoader } from '../../../src/server/cached-template-loader.js';

let dir: string;
let calls: number;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-templates-'));
  calls = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, source: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), source);
}

function environment(): nunjucks.Environment {
  const env = new nunjucks.Environment(new CachedTemplateLoader([dir], { noCache: false, watch: false }), { autoescape: true });
  env.addGlobal('count', () => (calls += 1));
  return env;
}

describe('CachedTemplateLoader', () => {
  it('runs an import without context once', () => {
    write('macros.njk', '{% set loaded = count() %}{% macro greet(name) %}Hello {{ name }}{% endmacro %}');
    write('page.njk', '{% from "macros.njk" import greet %}{{ greet(name) }}');
    const env = environment();

    expect(env.render('page.njk', { name: 'Siân' })).toBe('Hello Siân');
    expect(env.render('page.njk', { name: '<b>' })).toBe('Hello &lt;b&gt;');
    expect(calls).toBe(1);
  });

  it('runs an import with context every time', () => {
    write('macros.njk', '{% set loaded = count() %}{% macro greet() %}Hello {{ name }}{% endmacro %}');
    write('page.njk', '{% from "macros.njk" import greet with context %}{{ greet() }}');
    const env = environment();

    expect(env.render('page.njk', { name: 'Shropshire' })).toBe('Hello Shropshire');
    expect(env.render('page.njk', { name: 'Lambeth' })).toBe('Hello Lambeth');
    expect(calls).toBe(2);
  });

  it('resolves relative includes from each folder', () => {
    write('a/macro.njk', '{% macro show() %}{% include "./template.njk" %}{% endmacro %}');
    write('a/template.njk', 'from a');
    write('b/macro.njk', '{% macro show() %}{% include "./template.njk" %}{% endmacro %}');
    write('b/template.njk', 'from b');
    write('page.njk', '{% from "a/macro.njk" import show as showA %}{% from "b/macro.njk" import show as showB %}{{ showA() }} {{ showB() }}');
    const env = environment();

    expect(env.render('page.njk')).toBe('from a from b');
    expect(env.render('page.njk')).toBe('from a from b');
  });
});
