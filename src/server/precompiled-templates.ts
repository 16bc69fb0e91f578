import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type nunjucks from 'nunjucks';

/** One template compiled by `npm run build`, stored as JSON in the precompiled folder. */
interface PrecompiledTemplate {
  /** Full path of the template file it was compiled from. */
  templatePath: string;
  /** SHA-1 of the template's source, so that an edited template is compiled afresh. */
  sourceHash: string;
  /** JavaScript that nunjucks' compiler wrote for the template. */
  code: string;
}

/** The blocks and root render function that a template's compiled code returns. */
export type CompiledTemplateProperties = Record<string, unknown>;

interface NunjucksCompiler {
  compile(source: string, asyncFilters: unknown, extensions: unknown, name: string, options: unknown): string;
}

const require = createRequire(import.meta.url);

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function fileOf(dir: string, templatePath: string): string {
  return path.join(dir, `${sha1(templatePath)}.json`);
}

/**
 * Returns the compiled properties of a template from the precompiled folder,
 * or undefined when the folder has none for this path or the source changed
 * since the build. nunjucks then compiles the template itself, as it would
 * without this folder.
 */
export function readPrecompiledTemplate(dir: string, templatePath: string, source: string): CompiledTemplateProperties | undefined {
  let stored: PrecompiledTemplate;
  try {
    stored = JSON.parse(readFileSync(fileOf(dir, templatePath), 'utf8')) as PrecompiledTemplate;
  } catch {
    return undefined;
  }
  if (stored.templatePath !== templatePath || stored.sourceHash !== sha1(source)) return undefined;
  // The same evaluation nunjucks makes of code it has just compiled.
  return new Function(stored.code)() as CompiledTemplateProperties;
}

function templateFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.njk'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Compiles every .njk file under `templateDirs` with the environment's
 * extensions and options, and writes each to `outDir`. Returns how many it
 * wrote. Compiling at build time saves the kit that work on the first render
 * of each template after every start.
 */
export function precompileTemplates(env: nunjucks.Environment, templateDirs: readonly string[], outDir: string): number {
  const compiler = require('nunjucks/src/compiler.js') as NunjucksCompiler;
  const settings = env as unknown as { asyncFilters: unknown; extensionsList: unknown; opts: unknown };
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  for (const templatePath of new Set(templateDirs.flatMap(templateFilesUnder))) {
    const source = readFileSync(templatePath, 'utf8');
    const code = compiler.compile(source, settings.asyncFilters, settings.extensionsList, templatePath, settings.opts);
    const stored: PrecompiledTemplate = { templatePath, sourceHash: sha1(source), code };
    writeFileSync(fileOf(outDir, templatePath), JSON.stringify(stored));
    written += 1;
  }
  return written;
}
