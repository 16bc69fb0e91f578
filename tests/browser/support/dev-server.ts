import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { projectRoot } from '../../../src/paths.js';

const realJourneys = path.join(projectRoot, 'journeys');
/** Characters of the dev server's output kept for failure messages. */
const maxOutputChars = 20_000;
/** Time dev.js gets to stop its server after SIGTERM before its process group is killed. */
const stopTimeoutMs = 15_000;

export interface DevServer {
  /** Base URL, such as http://127.0.0.1:3621. */
  url: string;
  /** The last part of what scripts/dev.js and its server wrote to stdout and stderr. */
  output: () => string;
  /** Stops scripts/dev.js, and with it the server, and resolves when both have exited. */
  stop: () => Promise<void>;
}

/**
 * Creates `target` as a journeys folder of links to the real journeys. Each
 * journey's pages/ folder is a real folder of links to the real page templates,
 * so a test can add or replace a template there without changing tracked files.
 * Returns the path of `target`.
 */
export function linkJourneys(target: string): string {
  for (const journey of readdirSync(realJourneys)) {
    mkdirSync(path.join(target, journey, 'pages'), { recursive: true });
    for (const entry of readdirSync(path.join(realJourneys, journey))) {
      if (entry === 'pages') continue;
      symlinkSync(path.join(realJourneys, journey, entry), path.join(target, journey, entry));
    }
    for (const template of readdirSync(path.join(realJourneys, journey, 'pages'))) {
      symlinkSync(path.join(realJourneys, journey, 'pages', template), path.join(target, journey, 'pages', template));
    }
  }
  return target;
}

/** Rejects when something already listens on the port, so that the test cannot talk to another server. */
async function expectPortFree(port: number): Promise<void> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          `Port ${port} on 127.0.0.1 is not free (${error.code ?? error.message}). ` +
            'Stop what listens there, or set BROWSER_TESTS_PORT so that the port after it is free.',
        ),
      );
    });
    probe.listen(port, '127.0.0.1', resolve);
  });
  await new Promise((resolve) => probe.close(resolve));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Starts `node scripts/dev.js` as `npm run dev` does, in its own process group,
 * with DATA_DIR and JOURNEYS_DIR set, and resolves once /healthz returns 200.
 * Rejects with the server's output when it exits or is not ready within `timeoutMs`.
 */
export async function startDevServer(options: {
  port: number;
  dataDir: string;
  journeysDir: string;
  timeoutMs: number;
}): Promise<DevServer> {
  await expectPortFree(options.port);
  const url = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(options.port),
    DATA_DIR: options.dataDir,
    JOURNEYS_DIR: options.journeysDir,
    LOG_LEVEL: 'warn',
  };
  // Dev mode is off under NODE_ENV=test or production (src/dev/dev-reload.ts).
  delete env.NODE_ENV;

  const dev = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'dev.js')], {
    cwd: projectRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const record = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-maxOutputChars);
  };
  dev.stdout.on('data', record);
  dev.stderr.on('data', record);
  dev.once('error', (error) => {
    output += `failed to start scripts/dev.js: ${error.message}\n`;
  });
  const exited = new Promise<void>((resolve) => dev.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  // The group contains dev.js and the server it starts, so killing it leaves neither behind.
  const killGroup = () => {
    try {
      process.kill(-dev.pid!, 'SIGKILL');
    } catch {
      // The group has already exited.
    }
  };
  // A worker that exits before stop() runs would otherwise leave the server listening.
  process.once('exit', killGroup);

  const stop = async () => {
    process.removeListener('exit', killGroup);
    if (hasExited) return;
    // Only dev.js gets SIGTERM, because it stops its server and waits for it to exit.
    dev.kill('SIGTERM');
    const timer = setTimeout(killGroup, stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) {
      // dev.js may have left its server running in the group.
      killGroup();
      process.removeListener('exit', killGroup);
      throw new Error(`scripts/dev.js exited before ${url}/healthz returned 200. Output:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      await response.body?.cancel();
      if (response.ok) return { url, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`Timed out after ${options.timeoutMs / 1000} s waiting for ${url}/healthz to return 200. Output:\n${output}`);
}
