import { createHash } from 'node:crypto';
import { applyVariant, transitionsOf } from './apply-variant.js';
import { brandColourProblem } from './brand-colour.js';
import { buildMachine } from './build-machine.js';
import type { CompiledJourney, CompiledPage } from './compiled-journey.js';
import { JourneyDefinitionError } from './errors.js';
import type { CouncilVariant, GuardDefinition, JourneyDefinition, MachineConfig } from './types.js';
import { validateDefinition } from './validate-definition.js';

/** Turns a state id such as 'dateOfBirth' into its URL segment 'date-of-birth'. */
export function slugOf(stateId: string): string {
  return stateId
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
}

function fingerprintOf(config: MachineConfig): string {
  const shape = Object.entries(config.states).map(([id, state]) => [
    id,
    state.meta.page.type,
    transitionsOf(state),
  ]);
  return createHash('sha1')
    .update(JSON.stringify([config.initial, shape]))
    .digest('hex')
    .slice(0, 12);
}

function compilePages(
  config: MachineConfig,
  location: { journey: string; council: string },
): Map<string, CompiledPage> {
  const pages = new Map<string, CompiledPage>();
  const slugs = new Map<string, string>();

  for (const [id, state] of Object.entries(config.states)) {
    const slug = slugOf(id);
    const other = slugs.get(slug);
    if (other !== undefined) {
      throw new JourneyDefinitionError(
        { ...location, state: id },
        `the page has the same URL '${slug}' as the page '${other}'`,
        'Rename one of the two states',
      );
    }
    slugs.set(slug, id);
    pages.set(id, {
      id,
      slug,
      definition: state.meta.page,
      fields: state.meta.page.fields ?? [],
      final: state.type === 'final',
      ...(state.meta.notes ? { notes: state.meta.notes } : {}),
    });
  }
  return pages;
}

function checkActions(
  config: MachineConfig,
  actions: ReadonlySet<string>,
  location: { journey: string; council: string },
): void {
  for (const [id, state] of Object.entries(config.states)) {
    for (const transition of transitionsOf(state)) {
      const missing = transition.actions?.find((name) => !actions.has(name));
      if (missing !== undefined) {
        throw new JourneyDefinitionError(
          { ...location, state: id },
          `the action '${missing}' is used but not provided`,
          'Add it to the journey’s `actions`, or to the council variant’s `actions`',
        );
      }
    }
  }
}

function checkOptionSources(
  config: MachineConfig,
  journey: JourneyDefinition,
  location: { journey: string; council: string },
): void {
  for (const [id, state] of Object.entries(config.states)) {
    for (const field of state.meta.page.fields ?? []) {
      if (field.type !== 'radios' || field.optionsFrom === undefined) continue;
      if (!journey.optionSources?.[field.optionsFrom]) {
        throw new JourneyDefinitionError(
          { ...location, state: id },
          `the field '${field.name}' takes its options from '${field.optionsFrom}', which the journey does not provide`,
          'Add it to the journey’s `optionSources`',
        );
      }
    }
  }
}

function guardDescriptionsOf(guards: Record<string, GuardDefinition>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(guards).map(([name, guard]) => [name, guard.description]),
  );
}

/** Builds and checks one council's journey; raises JourneyDefinitionError. */
export function compileJourney(
  journey: JourneyDefinition,
  variant: CouncilVariant,
  folders: { journey: string; council: string },
): CompiledJourney {
  const location = { journey: journey.id, council: variant.council.id };
  const brandProblem = variant.council.brandColour && brandColourProblem(variant.council.brandColour);
  if (brandProblem) {
    const fix = brandProblem.includes('#rrggbb')
      ? 'Write the colour as # and six hex digits, such as #1d70b8'
      : 'Choose a darker colour, or leave brandColour out';
    throw new JourneyDefinitionError(location, brandProblem, fix);
  }
  const config = applyVariant(journey, variant);
  const guardNames = new Set([
    ...Object.keys(journey.guards),
    ...Object.keys(variant.guards ?? {}),
  ]);
  validateDefinition(config, guardNames, location);
  checkActions(config, new Set([...Object.keys(journey.actions ?? {}), ...Object.keys(variant.actions ?? {})]), location);
  checkOptionSources(config, journey, location);

  const pages = compilePages(config, location);
  const machine = buildMachine(
    `${journey.id}.${variant.council.id}`,
    config,
    { guards: journey.guards, actions: journey.actions ?? {} },
    { guards: variant.guards ?? {}, actions: variant.actions ?? {} },
  );

  return {
    id: journey.id,
    title: journey.title,
    referencePrefix: journey.referencePrefix,
    council: variant.council,
    settings: { ...journey.settings, ...variant.settings },
    machine,
    config,
    initial: config.initial,
    pages,
    pagesBySlug: new Map([...pages.values()].map((page) => [page.slug, page])),
    templateDirs: [folders.council, folders.journey],
    fingerprint: fingerprintOf(config),
    examples: variant.examples ?? {},
    guardDescriptions: guardDescriptionsOf({ ...journey.guards, ...variant.guards }),
    optionSources: journey.optionSources ?? {},
    ...(journey.templateData ? { templateData: journey.templateData } : {}),
    ...(journey.research ? { research: journey.research } : {}),
  };
}
