import { existsSync } from 'node:fs';
import path from 'node:path';
import type nunjucks from 'nunjucks';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { createViewEnvironment } from './view-environment.js';

/** How one council's journey renders: its templates and each page's body template. */
export interface JourneyViews {
  env: nunjucks.Environment;
  /** State id to the template holding that page's words, where it has one. */
  bodyTemplates: ReadonlyMap<string, string>;
}

/** Finds each page's words template once, so rendering never looks for missing files. */
export function createJourneyViews(journey: CompiledJourney): JourneyViews {
  const bodyTemplates = new Map<string, string>();

  for (const id of journey.pages.keys()) {
    const name = `pages/${id}.njk`;
    if (journey.templateDirs.some((dir) => existsSync(path.join(dir, name)))) {
      bodyTemplates.set(id, name);
    }
  }
  return { env: createViewEnvironment(journey.templateDirs), bodyTemplates };
}
