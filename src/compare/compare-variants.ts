import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { flattenFields } from '../fields/index.js';
import type { FieldDefinition } from '../fields/types.js';
import { transitionsOf } from '../journeys/apply-variant.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';

/** A page that only one of the two councils has. */
export interface PageOnlyIn {
  state: string;
  title: string;
}

/** A transition that only one of the two councils has. */
export interface BranchOnlyIn {
  from: string;
  to: string;
  /** Guard name, or undefined for the default transition. */
  guard?: string;
}

/** One value that differs, with each council's version. */
export interface Difference {
  /** Location of the difference, such as 'postcode › field postcode › hint' or 'postcodeAreas'. */
  where: string;
  a: unknown;
  b: unknown;
}

/** Everything that differs between two councils' versions of one journey. */
export interface VariantComparison {
  journey: { id: string; title: string };
  councils: [{ id: string; name: string }, { id: string; name: string }];
  pages: { onlyA: PageOnlyIn[]; onlyB: PageOnlyIn[] };
  branches: { onlyA: BranchOnlyIn[]; onlyB: BranchOnlyIn[] };
  questions: Difference[];
  settings: Difference[];
  words: Difference[];
  /** True when nothing differs. */
  same: boolean;
}

function branchesOf(journey: CompiledJourney): Map<string, BranchOnlyIn> {
  const branches = new Map<string, BranchOnlyIn>();
  for (const [from, state] of Object.entries(journey.config.states)) {
    for (const { target, guard } of transitionsOf(state)) {
      branches.set(JSON.stringify([from, target, guard ?? null]), { from, to: target, ...(guard ? { guard } : {}) });
    }
  }
  return branches;
}

function onlyIn<T>(mine: Map<string, T>, theirs: Map<string, T>): T[] {
  return [...mine].filter(([key]) => !theirs.has(key)).map(([, value]) => value);
}

const wordProperties = ['title', 'caption', 'hint', 'button'] as const;
const fieldWordProperties = new Set(['label', 'hint', 'summaryLabel', 'errorName', 'messages']);

function compareFields(state: string, a: FieldDefinition[], b: FieldDefinition[], questions: Difference[], words: Difference[]): void {
  const fieldsA = new Map(flattenFields(a).map((field) => [field.name, field]));
  const fieldsB = new Map(flattenFields(b).map((field) => [field.name, field]));

  for (const name of new Set([...fieldsA.keys(), ...fieldsB.keys()])) {
    const fieldA = fieldsA.get(name);
    const fieldB = fieldsB.get(name);
    if (!fieldA || !fieldB) {
      questions.push({ where: `${state} › field ${name}`, a: fieldA ? fieldA.label : undefined, b: fieldB ? fieldB.label : undefined });
      continue;
    }
    for (const key of new Set([...Object.keys(fieldA), ...Object.keys(fieldB)])) {
      const valueA = (fieldA as unknown as Record<string, unknown>)[key];
      const valueB = (fieldB as unknown as Record<string, unknown>)[key];
      if (isDeepStrictEqual(valueA, valueB)) continue;
      const list = fieldWordProperties.has(key) ? words : questions;
      list.push({ where: `${state} › field ${name} › ${key}`, a: valueA, b: valueB });
    }
  }
}

/** Page templates a journey's pages can use, by template name, with their text for one council. */
function templatesOf(journey: CompiledJourney): Map<string, string> {
  const templates = new Map<string, string>();
  for (const dir of [...journey.templateDirs].reverse()) {
    const pagesDir = path.join(dir, 'pages');
    if (!existsSync(pagesDir)) continue;
    for (const file of readdirSync(pagesDir).filter((name) => name.endsWith('.njk'))) {
      templates.set(`pages/${file}`, readFileSync(path.join(pagesDir, file), 'utf8'));
    }
  }
  return templates;
}

/**
 * Compares two councils' versions of one journey and returns only what
 * differs: pages, branches, questions, settings and words (page properties,
 * field labels and hints, and page templates). Identical parts are left out.
 */
export function compareVariants(a: CompiledJourney, b: CompiledJourney): VariantComparison {
  if (a.id !== b.id) throw new Error(`Cannot compare different journeys '${a.id}' and '${b.id}'`);

  const pagesA = new Map([...a.pages.values()].map((page) => [page.id, { state: page.id, title: page.definition.title }]));
  const pagesB = new Map([...b.pages.values()].map((page) => [page.id, { state: page.id, title: page.definition.title }]));
  const branchesA = branchesOf(a);
  const branchesB = branchesOf(b);
  const questions: Difference[] = [];
  const words: Difference[] = [];
  const settings: Difference[] = [];

  for (const [id, pageA] of a.pages) {
    const pageB = b.pages.get(id);
    if (!pageB) continue;
    for (const key of wordProperties) {
      if (pageA.definition[key] !== pageB.definition[key]) {
        words.push({ where: `${id} › ${key}`, a: pageA.definition[key], b: pageB.definition[key] });
      }
    }
    if (pageA.definition.type !== pageB.definition.type) {
      questions.push({ where: `${id} › type`, a: pageA.definition.type, b: pageB.definition.type });
    }
    compareFields(id, pageA.fields, pageB.fields, questions, words);
  }

  for (const key of new Set([...Object.keys(a.settings), ...Object.keys(b.settings)])) {
    if (!isDeepStrictEqual(a.settings[key], b.settings[key])) {
      settings.push({ where: key, a: a.settings[key], b: b.settings[key] });
    }
  }

  if (a.council.brandColour !== b.council.brandColour) {
    settings.push({ where: 'brandColour', a: a.council.brandColour, b: b.council.brandColour });
  }

  const templatesA = templatesOf(a);
  const templatesB = templatesOf(b);
  for (const name of new Set([...templatesA.keys(), ...templatesB.keys()])) {
    if (templatesA.get(name) !== templatesB.get(name)) {
      words.push({ where: name, a: templatesA.get(name), b: templatesB.get(name) });
    }
  }

  const comparison = {
    journey: { id: a.id, title: a.title },
    councils: [
      { id: a.council.id, name: a.council.name },
      { id: b.council.id, name: b.council.name },
    ] as VariantComparison['councils'],
    pages: { onlyA: onlyIn(pagesA, pagesB), onlyB: onlyIn(pagesB, pagesA) },
    branches: { onlyA: onlyIn(branchesA, branchesB), onlyB: onlyIn(branchesB, branchesA) },
    questions,
    settings,
    words,
  };
  const same =
    comparison.pages.onlyA.length + comparison.pages.onlyB.length +
      comparison.branches.onlyA.length + comparison.branches.onlyB.length +
      questions.length + settings.length + words.length === 0;
  return { ...comparison, same };
}
