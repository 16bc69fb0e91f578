// Finds (or installs) Chromium, then runs `npx playwright test` with CHROMIUM_PATH set.
// Arguments are passed on to Playwright, so `node scripts/run-browser-tests.js --grep apply`
// works as `npx playwright test --grep apply` does. Exits with Playwright's exit code.

import { spawn } from 'node:child_process';
import process from 'node:process';

import { findBrowser } from './find-browser.js';

let browserPath;
try {
  browserPath = await findBrowser();
} catch (error) {
  process.stderr.write(`run-browser-tests: ${error.message}\n`);
  process.exit(1);
}

process.stderr.write(`run-browser-tests: using Chromium at ${browserPath}\n`);

const playwright = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browserPath },
});

// Ctrl-C reaches Playwright directly through the shared process group, but a SIGTERM
// sent to this process alone would otherwise leave Playwright and its browser running.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    playwright.kill(signal);
  });
}

playwright.on('error', (error) => {
  process.stderr.write(
    `run-browser-tests: failed to start npx playwright test: ${error.message}\n`,
  );
  process.exit(1);
});

playwright.on('exit', (code, signal) => {
  if (signal) {
    process.stderr.write(`run-browser-tests: playwright test was stopped by ${signal}\n`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
