import { applyVariant } from '../journeys/apply-variant.js';
import { compileJourney } from '../journeys/compile-journey.js';
import { JourneyDefinitionError } from '../journeys/errors.js';
import type { JourneyFolders } from '../journeys/load-journeys.js';
import type { CouncilVariant, JourneyDefinition, MachineConfig } from '../journeys/types.js';
import { definitionProblems } from '../journeys/validate-definition.js';
import {
  defaultJourneyFolders,
  importJourneyModules,
  type JourneyModule,
  type VariantModule,
} from '../testing/journey-definitions.js';

/** The outcome of checking every journey in a folder. */
export interface CheckReport {
  /** Every problem found, in journey, council and rule order. */
  problems: JourneyDefinitionError[];
  /** Journey and council pairs that were checked. */
  checked: Array<{ journey: string; council: string }>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Applies a council variant as compileJourney does, collecting problems.
 * applyVariant raises on the first problem, so after a problem at a page with
 * a content override, that override is left out and the variant applied
 * again: each page's bad override is reported, and the remaining rules still
 * run. Any other problem stops the variant, because without it there is no
 * config to check.
 */
function applyCollecting(
  journey: JourneyDefinition,
  variant: CouncilVariant,
): { config?: MachineConfig; problems: JourneyDefinitionError[] } {
  const content = { ...variant.content };
  const problems: JourneyDefinitionError[] = [];
  for (;;) {
    try {
      return { config: applyVariant(journey, { ...variant, content }), problems };
    } catch (error) {
      if (!(error instanceof JourneyDefinitionError)) throw error;
      const repeated = problems.some((problem) => problem.message === error.message);
      if (!repeated) problems.push(error);
      const state = error.location.state;
      if (repeated || state === undefined || content[state] === undefined) return { problems };
      delete content[state];
    }
  }
}

function checkVariant(module: JourneyModule, { folder, file, variant }: VariantModule): JourneyDefinitionError[] {
  const journey = module.definition;
  const location = { journey: journey.id, council: variant.council?.id ?? folder };
  const problems: JourneyDefinitionError[] = [];

  if (variant.council?.id !== folder) {
    problems.push(new JourneyDefinitionError(
      location,
      `the variant's council id is '${variant.council?.id}', not its folder name`,
      `Set council.id to '${folder}' in ${file}`,
    ));
  }

  const applied = applyCollecting(journey, variant);
  problems.push(...applied.problems);
  const config = applied.config;
  if (!config) return problems;

  const guardNames = new Set([
    ...Object.keys(journey.guards ?? {}),
    ...Object.keys(variant.guards ?? {}),
  ]);
  problems.push(...definitionProblems(config, guardNames, location));

  // compileJourney applies further rules (actions, option sources, brand
  // colour, page URLs) and raises the first problem it finds. It runs only on
  // a variant that passed the rules above, because otherwise it would raise
  // one of the problems already reported.
  if (problems.length === 0) {
    try {
      compileJourney(journey, variant, module.templateFolders(folder));
    } catch (error) {
      problems.push(
        error instanceof JourneyDefinitionError
          ? error
          : new JourneyDefinitionError(location, `compiling the journey failed: ${messageOf(error)}`, 'Fix the definition so that it compiles'),
      );
    }
  }
  return problems;
}

/** Checks one journey in every council variant and returns every problem found. */
export function checkJourneyModule(module: JourneyModule): JourneyDefinitionError[] {
  const { definition, folder, file } = module;
  const problems: JourneyDefinitionError[] = [];

  if (definition.id !== folder) {
    problems.push(new JourneyDefinitionError(
      { journey: folder },
      `the journey's id is '${definition.id}', not its folder name`,
      `Set id to '${folder}' in ${file}`,
    ));
  }
  if (module.variants.length === 0) {
    problems.push(new JourneyDefinitionError(
      { journey: definition.id },
      'the journey has no council variants, so no council serves it',
      `Add councils/<council>/variant.ts to ${folder}`,
    ));
  }
  for (const variant of module.variants) {
    problems.push(...checkVariant(module, variant));
  }
  return problems;
}

/**
 * Statically checks every journey under `folders` in every council variant.
 * Unlike start-up, which stops at the first problem, this returns them all.
 */
export async function checkJourneys(
  folders: JourneyFolders = defaultJourneyFolders,
): Promise<CheckReport> {
  const { journeys, failures } = await importJourneyModules(folders);
  const problems = failures.map(
    ({ file, error }) =>
      new JourneyDefinitionError(
        { journey: file },
        `the module failed to import: ${messageOf(error)}`,
        'Fix the error in the module, then run the check again',
      ),
  );
  const checked: CheckReport['checked'] = [];

  for (const module of journeys) {
    problems.push(...checkJourneyModule(module));
    for (const { folder, variant } of module.variants) {
      checked.push({ journey: module.definition.id, council: variant.council?.id ?? folder });
    }
  }
  return { problems, checked };
}
