// Runs `npm run bench:paths`, the path generation benchmark for synthetic
// journeys, when package.json has that script.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { projectRoot } from './paths.js';

/**
 * Returns `{ available: false }` when package.json has no bench:paths script,
 * otherwise its exit code and output (stdout, then stderr when it failed).
 */
export function runPathGenerationBench() {
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  if (!packageJson.scripts?.['bench:paths']) {
    return { available: false };
  }
  process.stderr.write('bench: running npm run bench:paths\n');
  const result = spawnSync('npm', ['run', '--silent', 'bench:paths'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const exitCode = result.status ?? 1;
  const output = exitCode === 0 ? result.stdout : `${result.stdout}\n${result.stderr}`;
  return { available: true, exitCode, output: output || String(result.error ?? '') };
}
