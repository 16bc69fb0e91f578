import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { defineConfig, devices } from '@playwright/test';

import { facilitatorPassword } from './tests/browser/support/facilitator.js';

// BROWSER_TESTS_PORT lets two runs on one machine use different ports.
const PORT = Number(process.env.BROWSER_TESTS_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Same list as CHROMIUM_ARGS in scripts/find-browser.js, repeated because that file is
// plain JavaScript without type declarations. Keep the two in step.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Playwright evaluates this file in the runner and again in every worker. The runner
// creates the data folder and passes it to workers through the environment, so the
// server gets one fresh folder per run, which the runner deletes when it exits.
const DATA_DIR_ENV = 'BROWSER_TESTS_DATA_DIR';
let dataDir = process.env[DATA_DIR_ENV];
if (!dataDir) {
  const createdDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-browser-'));
  process.env[DATA_DIR_ENV] = createdDir;
  process.on('exit', () => {
    rmSync(createdDir, { recursive: true, force: true });
  });
  dataDir = createdDir;
}

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: false,
  // One worker, because every test shares one server and its data folder.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx src/server.ts',
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DATA_DIR: dataDir,
      // The facilitator and research tests sign in with it, as on a hosted prototype.
      FACILITATOR_PASSWORD: facilitatorPassword,
    },
    // Playwright sends SIGTERM and waits up to 5 s before SIGKILL, so that the server
    // can close its SQLite files.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
