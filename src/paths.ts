import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The project's root folder, whether the kit runs from src/ or from dist/. */
export const projectRoot = findProjectRoot(here);

/** True when the kit runs as compiled JavaScript from dist/. */
export const runsCompiled = here.split(path.sep).includes('dist');

/**
 * Journey sources: modules, page templates and scenario files. JOURNEYS_DIR
 * replaces the folder when the kit runs from TypeScript sources.
 */
export const journeysSourceDir =
  !runsCompiled && process.env.JOURNEYS_DIR
    ? path.resolve(process.env.JOURNEYS_DIR)
    : path.join(projectRoot, 'journeys');

/** Journey modules to import: compiled copies under dist/ when compiled. */
export const journeysModuleDir = runsCompiled
  ? path.join(projectRoot, 'dist', 'journeys')
  : journeysSourceDir;

export const viewsDir = path.join(projectRoot, 'views');

/** Templates compiled by `npm run build`, used when the kit runs compiled. */
export const precompiledTemplatesDir = path.join(projectRoot, 'dist', 'templates');
export const assetsDir = path.join(projectRoot, 'assets');
