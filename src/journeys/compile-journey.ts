import { createHash } from 'node:crypto';
import { applyVariant, transitionsOf } from './apply-variant.js';
import { buildMachine } from './build-machine.js';
import type { CompiledJourney, CompiledPage } from './compiled-journey.js';
import { JourneyDefinitionError } from './errors.js';
import type { CouncilVariant, JourneyDefinition, MachineConfig } from './types.js';
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

/** Builds and checks one council's journey; raises JourneyDefinitionError. */
export function compileJourney(
  journey: JourneyDefinition,
  variant: CouncilVariant,
  folders: { journey: string; council: string },
): CompiledJourney {
  const location = { journey: journey.id, council: variant.council.id };
  const config = applyVariant(journey, variant);
  const guardNames = new Set([
    ...Object.keys(journey.guards),
    ...Object.keys(variant.guards ?? {}),
  ]);
  validateDefinition(config, guardNames, location);

  const pages = compilePages(config, location);
  const machine = buildMachine(
    `${journey.id}.${variant.council.id}`,
    config,
    journey.guards,
    variant.guards ?? {},
  );

  return {
    id: journey.id,
    title: journey.title,
    referencePrefix: journey.referencePrefix,
    council: variant.council,
    settings: { ...journey.settings, ...variant.settings },
    machine,
    initial: config.initial,
    pages,
    pagesBySlug: new Map([...pages.values()].map((page) => [page.slug, page])),
    templateDirs: [folders.council, folders.journey],
    fingerprint: fingerprintOf(config),
    examples: variant.examples ?? {},
    ...(journey.templateData ? { templateData: journey.templateData } : {}),
  };
}
