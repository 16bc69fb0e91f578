// Folders the benchmark reads from and writes to.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchScriptsDir = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(benchScriptsDir, '..', '..');

/** Ignored by git: the installed Prototype Kit, profiles and result files. */
export const benchWorkDir = path.join(projectRoot, '.bench');
export const prototypeKitDir = path.join(benchWorkDir, 'prototype-kit');
export const profilesDir = path.join(benchWorkDir, 'profiles');
export const resultsDir = path.join(benchWorkDir, 'results');

export const kitServerEntry = path.join(projectRoot, 'dist', 'src', 'server.js');
export const barePageEntry = path.join(benchScriptsDir, 'bare-page', 'server.js');
export const loopbackPreload = path.join(benchScriptsDir, 'targets', 'listen-on-loopback.cjs');
export const memoryReportPreload = path.join(benchScriptsDir, 'targets', 'report-memory-on-signal.cjs');
