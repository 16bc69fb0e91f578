import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devModeEnabled } from '../../../src/dev/dev-reload.js';
import { projectRoot } from '../../../src/paths.js';
import { csrfTokenOf } from '../../support/participant.js';
import { startTestKit } from '../../support/test-kit.js';

/** Asks the operating system for a free loopback port, so parallel runs cannot collide. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const startupMs = 60_000;

describe('devModeEnabled', () => {
  it.each([
    [{ JOURNEY_KIT_DEV: '1' }, true],
    [{}, false],
    [{ JOURNEY_KIT_DEV: 'true' }, false],
    [{ JOURNEY_KIT_DEV: '1', NODE_ENV: 'production' }, false],
    [{ JOURNEY_KIT_DEV: '1', NODE_ENV: 'test' }, false],
    [{ JOURNEY_KIT_DEV: '1', VITEST: 'true' }, false],
  ])('is %j -> %s', (env, expected) => {
    expect(devModeEnabled(env)).toBe(expected);
  });
});

describe('the kit outside dev mode', () => {
  it('serves no reload script or events', async () => {
    const kit = await startTestKit();
    try {
      const page = await request(kit.app).get('/');
      const events = await request(kit.app).get('/dev/events');
      expect(page.text).not.toContain('dev-reload.js');
      expect(events.status).toBe(404);
    } finally {
      kit.dispose();
    }
  });
});

/** Copies what the kit runs from into a temporary folder, sharing node_modules. */
function copyProject(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-dev-'));
  for (const entry of ['package.json', 'tsconfig.json', 'src', 'journeys', 'views', 'assets', 'scripts/dev.js']) {
    cpSync(path.join(projectRoot, entry), path.join(folder, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  return folder;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Reads the events stream as a browser's EventSource would, reconnecting after
 * the server goes away, until a build id other than `oldId` arrives.
 */
async function nextBuildId(oldId: string | undefined, deadline: number): Promise<string> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/dev/events`);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        const id = /event: build\ndata: (\S+)\n\n/.exec(text)?.[1];
        if (id !== undefined && id !== oldId) {
          await reader.cancel();
          return id;
        }
      }
    } catch {
      // The server is restarting: try again, as EventSource does.
    }
    await sleep(200);
  }
  throw new Error(`No new build id from ${base}/dev/events in time`);
}

async function get(url: string, cookie = ''): Promise<{ status: number; text: string; cookie: string }> {
  const response = await fetch(`${base}${url}`, { headers: { cookie }, redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie')?.split(';')[0];
  return { status: response.status, text: await response.text(), cookie: setCookie ?? cookie };
}

describe('npm run dev', () => {
  let folder: string;
  let dev: ChildProcess;
  let output = '';

  beforeAll(() => {
    folder = copyProject();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: path.join(folder, 'data'), LOG_LEVEL: 'warn' };
    for (const name of Object.keys(env)) {
      if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
    }
    dev = spawn(process.execPath, ['scripts/dev.js'], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    dev.stdout!.on('data', (chunk) => (output += String(chunk)));
    dev.stderr!.on('data', (chunk) => (output += String(chunk)));
  });

  afterAll(async () => {
    if (dev.exitCode === null) {
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      dev.kill('SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('reloads pages after a change and keeps sessions', async () => {
    const deadline = Date.now() + startupMs;
    const firstId = await nextBuildId(undefined, deadline);
    const index = await get('/');
    expect(index.text, output).toContain(`<script src="/kit/dev-reload.js" data-build-id="${firstId}" data-events-url="/dev/events"></script>`);

    const start = await get('/shropshire/benefit-claim/start');
    const form = new URLSearchParams({ _csrf: csrfTokenOf(start.text) });
    const submitted = await fetch(`${base}/shropshire/benefit-claim/start`, {
      method: 'POST',
      headers: { cookie: start.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(submitted.status).toBe(303);

    const indexFile = path.join(folder, 'views', 'index.njk');
    writeFileSync(indexFile, readFileSync(indexFile, 'utf8').replace('Journey Kit prototypes</h1>', 'Changed prototypes</h1>'));
    const secondId = await nextBuildId(firstId, Date.now() + startupMs);
    const changed = await get('/');
    const postcode = await get('/shropshire/benefit-claim/postcode', start.cookie);

    expect(secondId).not.toBe(firstId);
    expect(changed.text).toContain('Changed prototypes</h1>');
    expect(changed.text).toContain(`data-build-id="${secondId}"`);
    expect(postcode.status, 'the participant keeps their place after the restart').toBe(200);

    const pageFile = path.join(folder, 'journeys', 'benefit-claim', 'pages', 'start.njk');
    writeFileSync(pageFile, `${readFileSync(pageFile, 'utf8')}\n<p class="govuk-body">Added while running.</p>\n`);
    const thirdId = await nextBuildId(secondId, Date.now() + startupMs);
    const startPage = await get('/shropshire/benefit-claim/start', start.cookie);

    expect(thirdId).not.toBe(secondId);
    expect(startPage.text).toContain('Added while running.');
  }, 3 * startupMs);
});
