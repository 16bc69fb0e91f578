// `npm run dev`: runs the kit from its TypeScript sources with JOURNEY_KIT_DEV=1 and
// restarts it when a file under src/, journeys/ (or JOURNEYS_DIR), views/ or assets/
// changes. Pages open reload when the restarted server sends a new build id
// (src/dev/dev-reload.ts).
// Sessions live in SQLite under DATA_DIR, so participants keep their place.
// Plain ESM JavaScript so that it runs before anything is compiled.

import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// JOURNEYS_DIR replaces journeys/ for the server (src/paths.ts), so it is watched in
// its place. The server gets it as an absolute path, because it resolves a relative one
// against the project root rather than the folder npm run dev was started in.
const journeysDir = process.env.JOURNEYS_DIR ? path.resolve(process.env.JOURNEYS_DIR) : undefined;
const watchedFolders = ['src', journeysDir ?? 'journeys', 'views', 'assets'].map((folder) => path.resolve(root, folder));
/** Changes closer together than this, in milliseconds, cause one restart. */
const debounceMs = 200;
/** Time the server gets to close its database after SIGTERM before it is killed. */
const stopTimeoutMs = 5000;

let server;
let restarting = false;
let restartAgain = false;
let stopping = false;
let debounceTimer;

function log(message) {
  process.stderr.write(`dev: ${message}\n`);
}

/** Editors' swap, backup and lock files, whose changes are not changes to the kit. */
function isEditorFile(fileName) {
  const base = path.basename(fileName);
  return base.startsWith('.') || base.endsWith('~') || /\.(swp|swx|tmp)$/.test(base) || base === '4913';
}

/** Returns the folder's path relative to the project root, or its absolute path when it is outside the root. */
function displayName(dir) {
  const relative = path.relative(root, dir);
  return relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
}

function startServer() {
  const started = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'server.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, JOURNEY_KIT_DEV: '1', ...(journeysDir ? { JOURNEYS_DIR: journeysDir } : {}) },
  });
  server = started;
  started.on('error', (error) => {
    log(`failed to start the server: ${error.message}`);
  });
  started.on('exit', (code, signal) => {
    if (server === started) server = undefined;
    if (!restarting && !stopping) {
      log(`the server stopped with ${signal ?? `exit code ${code}`}; it starts again when a file changes`);
    }
  });
}

/** Sends SIGTERM, then SIGKILL after stopTimeoutMs, and resolves when the server has exited. */
function stopServer() {
  const running = server;
  if (!running || running.exitCode !== null || running.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => {
      log(`the server did not stop within ${stopTimeoutMs / 1000} s, killing it`);
      running.kill('SIGKILL');
    }, stopTimeoutMs);
    running.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    running.kill('SIGTERM');
  });
}

async function restart(reason) {
  if (restarting) {
    restartAgain = true;
    return;
  }
  restarting = true;
  log(`${reason}, restarting the server`);
  await stopServer();
  if (!stopping) startServer();
  restarting = false;
  if (restartAgain && !stopping) {
    restartAgain = false;
    await restart('more files changed');
  }
}

if (process.env.NODE_ENV === 'production') {
  log('NODE_ENV is production, but npm run dev is for development only. Use npm start instead.');
  process.exit(1);
}

const watchers = [];
const watchedNames = [];
for (const dir of watchedFolders) {
  const folder = displayName(dir);
  if (!existsSync(dir)) {
    log(`${folder}/ does not exist, so its changes are not watched`);
    continue;
  }
  const watcher = watch(dir, { recursive: true }, (_event, fileName) => {
    if (!fileName || isEditorFile(fileName)) return;
    const changed = path.join(folder, fileName.toString());
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      void restart(`${changed} changed`);
    }, debounceMs);
  });
  watcher.on('error', (error) => {
    log(`watching ${folder}/ failed: ${error.message}`);
  });
  watchers.push(watcher);
  watchedNames.push(`${folder}/`);
}
log(`watching ${watchedNames.join(', ')} for changes`);
startServer();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(debounceTimer);
    for (const watcher of watchers) watcher.close();
    await stopServer();
    process.exit(0);
  });
}
