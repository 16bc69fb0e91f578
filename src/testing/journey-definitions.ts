import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JourneyFolders } from '../journeys/load-journeys.js';
import { importDefault } from '../journeys/load-journeys.js';
import { journeysModuleDir, journeysSourceDir, runsCompiled } from '../paths.js';
import type { CouncilVariant, JourneyDefinition } from '../journeys/types.js';

/** One council's variant of a journey, as its module exports it. */
export interface VariantModule {
  /** Name of the folder under councils/, which must equal the council id. */
  folder: string;
  file: string;
  variant: CouncilVariant;
}

/** One journey and its council variants, imported but not compiled. */
export interface JourneyModule {
  /** Name of the journey's folder, which must equal the journey id. */
  folder: string;
  file: string;
  definition: JourneyDefinition;
  variants: VariantModule[];
  /** Folders holding page templates, as compileJourney expects them. */
  templateFolders: (councilFolder: string) => { journey: string; council: string };
}

/** A module that could not be imported, with the error it raised. */
export interface ModuleFailure {
  file: string;
  error: unknown;
}

const moduleExtension = runsCompiled ? '.js' : '.ts';

export const defaultJourneyFolders: JourneyFolders = {
  modules: journeysModuleDir,
  sources: journeysSourceDir,
};

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Imports every journey definition and council variant under `folders`, in
 * the same folder layout and order as loadJourneys, without compiling them.
 * A module that fails to import is returned in `failures`, so that one broken
 * file does not hide problems in the others.
 */
export async function importJourneyModules(
  folders: JourneyFolders = defaultJourneyFolders,
): Promise<{ journeys: JourneyModule[]; failures: ModuleFailure[] }> {
  const journeys: JourneyModule[] = [];
  const failures: ModuleFailure[] = [];

  for (const folder of subfolders(folders.modules)) {
    const file = path.join(folders.modules, folder, `journey${moduleExtension}`);
    if (!existsSync(file)) continue;
    let definition: JourneyDefinition;
    try {
      definition = await importDefault<JourneyDefinition>(file);
    } catch (error) {
      failures.push({ file, error });
      continue;
    }

    const variants: VariantModule[] = [];
    const councilsDir = path.join(folders.modules, folder, 'councils');
    for (const councilFolder of subfolders(councilsDir)) {
      const variantFile = path.join(councilsDir, councilFolder, `variant${moduleExtension}`);
      if (!existsSync(variantFile)) continue;
      try {
        const variant = await importDefault<CouncilVariant>(variantFile);
        variants.push({ folder: councilFolder, file: variantFile, variant });
      } catch (error) {
        failures.push({ file: variantFile, error });
      }
    }

    journeys.push({
      folder,
      file,
      definition,
      variants,
      templateFolders: (councilFolder) => ({
        journey: path.join(folders.sources, folder),
        council: path.join(folders.sources, folder, 'councils', councilFolder),
      }),
    });
  }
  return { journeys, failures };
}
