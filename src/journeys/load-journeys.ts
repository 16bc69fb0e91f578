import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { journeysModuleDir, journeysSourceDir, runsCompiled } from '../paths.js';
import { compileJourney } from './compile-journey.js';
import type { CompiledJourney } from './compiled-journey.js';
import { JourneyDefinitionError } from './errors.js';
import type { CouncilVariant, JourneyDefinition } from './types.js';

export interface JourneyFolders {
  /** Where journey modules are imported from. */
  modules: string;
  /** Where their page templates are read from. */
  sources: string;
}

const moduleExtension = runsCompiled ? '.js' : '.ts';

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** Imports a journey or variant module and returns its default export. */
export async function importDefault<T>(file: string): Promise<T> {
  // The real path, so that a linked journey file imports its neighbours from where it really is.
  const module = (await import(pathToFileURL(realpathSync(file)).href)) as { default?: T };
  if (module.default === undefined) {
    throw new Error(`${file} has no default export`);
  }
  return module.default;
}

async function loadCouncils(
  journey: JourneyDefinition,
  folders: JourneyFolders,
  folder: string,
): Promise<CompiledJourney[]> {
  const councilsDir = path.join(folders.modules, folder, 'councils');
  const compiled: CompiledJourney[] = [];

  for (const councilFolder of subfolders(councilsDir)) {
    const file = path.join(councilsDir, councilFolder, `variant${moduleExtension}`);
    if (!existsSync(file)) continue;
    const variant = await importDefault<CouncilVariant>(file);
    if (variant.council?.id !== councilFolder) {
      throw new JourneyDefinitionError(
        { journey: journey.id, council: councilFolder },
        `the variant's council id is '${variant.council?.id}', not its folder name`,
        `Set council.id to '${councilFolder}' in ${file}`,
      );
    }
    compiled.push(
      compileJourney(journey, variant, {
        journey: path.join(folders.sources, folder),
        council: path.join(folders.sources, folder, 'councils', councilFolder),
      }),
    );
  }
  return compiled;
}

/**
 * Imports every journey and its council variants and compiles them, in
 * journey then council order. Raises JourneyDefinitionError on the first
 * broken definition, so a bad journey stops the kit at start-up.
 */
export async function loadJourneys(
  folders: JourneyFolders = {
    modules: journeysModuleDir,
    sources: journeysSourceDir,
  },
): Promise<CompiledJourney[]> {
  const compiled: CompiledJourney[] = [];

  for (const folder of subfolders(folders.modules)) {
    const file = path.join(folders.modules, folder, `journey${moduleExtension}`);
    if (!existsSync(file)) continue;
    const journey = await importDefault<JourneyDefinition>(file);
    if (journey.id !== folder) {
      throw new JourneyDefinitionError(
        { journey: folder },
        `the journey's id is '${journey.id}', not its folder name`,
        `Set id to '${folder}' in ${file}`,
      );
    }
    compiled.push(...(await loadCouncils(journey, folders, folder)));
  }
  return compiled;
}
