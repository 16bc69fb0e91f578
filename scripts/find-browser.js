// Locates a Chromium executable for the browser tests, installing one as a last resort.
// Plain ESM JavaScript so that it runs before anything is compiled.
// Run directly (`node scripts/find-browser.js`) it prints the path it found.

import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/**
 * Launch arguments for Chromium on a headless server without a GPU or a user sandbox.
 * The background-networking, component-update and sync flags stop Chromium from
 * opening connections of its own, which on a closed network become a flood of
 * failing requests.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SYSTEM_CHROMIUM_PATH = '/usr/bin/chromium';

const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 5 * 60 * 1000;
const APT_TIMEOUT_MS = 20 * 60 * 1000;

const INSTALL_HINT =
  'Install one with `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, ' +
  'or set CHROMIUM_PATH to the path of a Chromium executable.';

function log(message) {
  process.stderr.write(`find-browser: ${message}\n`);
}

export function isExecutable(filePath) {
  try {
    accessSync(filePath, constants.X_OK);
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** Returns where Playwright installs its own Chromium, whether or not it is installed. */
function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    return chromium.executablePath();
  } catch (error) {
    log(`could not ask playwright-core for its Chromium path: ${error.message}`);
    return undefined;
  }
}

function killProcessGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    log(`could not send ${signal} to process group ${pid}: ${error.message}`);
  }
}

/**
 * Runs a command with inherited stdio and resolves to true when it exits with code 0.
 * The command runs in its own process group so that on timeout the whole group is
 * killed, including any download process it started. Because a separate group does
 * not receive the terminal's Ctrl-C, SIGINT and SIGTERM are passed on to it.
 */
export function runCommand(command, args, { timeoutMs, env }) {
  const commandLine = [command, ...args].join(' ');
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, ...env },
    });
    const timer = setTimeout(() => {
      log(`${commandLine} timed out after ${timeoutMs / 1000} s, stopping it`);
      killProcessGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    const forwardSignal = (signal) => {
      killProcessGroup(child.pid, signal);
      removeListeners();
      process.kill(process.pid, signal);
    };
    const removeListeners = () => {
      clearTimeout(timer);
      process.off('SIGINT', forwardSignal);
      process.off('SIGTERM', forwardSignal);
    };
    process.on('SIGINT', forwardSignal);
    process.on('SIGTERM', forwardSignal);

    child.on('error', (error) => {
      removeListeners();
      log(`${commandLine} failed to start: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      removeListeners();
      if (code !== 0) {
        const reason = signal ? `signal ${signal}` : `exit code ${code}`;
        log(`${commandLine} failed with ${reason}`);
      }
      resolve(code === 0);
    });
  });
}

export function isRootOnDebian() {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

/**
 * Returns the path of a Chromium executable, trying in order: env CHROMIUM_PATH,
 * Playwright's own installed Chromium, /usr/bin/chromium, `npx playwright install
 * chromium`, and (as root on Debian only) `apt-get install -y chromium`.
 * Set PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 to skip the Playwright download, for
 * example on a network that reaches only package registries.
 * Throws an Error naming the install commands when every step fails.
 *
 * The options replace the environment, paths and command runner, for testing.
 */
export async function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  const systemPath = options.systemPath ?? SYSTEM_CHROMIUM_PATH;
  const getPlaywrightPath = options.playwrightPath ?? playwrightChromiumPath;
  const run = options.run ?? runCommand;
  const canUseApt = options.canUseApt ?? isRootOnDebian();

  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) {
      return env.CHROMIUM_PATH;
    }
    log(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file, looking elsewhere`);
  }

  const playwrightPath = getPlaywrightPath();
  if (playwrightPath && isExecutable(playwrightPath)) {
    return playwrightPath;
  }

  if (isExecutable(systemPath)) {
    return systemPath;
  }

  if (env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
    log('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set, skipping `npx playwright install chromium`');
  } else {
    log('no Chromium found, running `npx playwright install chromium`');
    await run('npx', ['playwright', 'install', 'chromium'], {
      timeoutMs: PLAYWRIGHT_INSTALL_TIMEOUT_MS,
      env: {},
    });
    const installedPath = getPlaywrightPath();
    if (installedPath && isExecutable(installedPath)) {
      return installedPath;
    }
  }

  if (canUseApt) {
    const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
    log('running `apt-get update`');
    const updated = await run('apt-get', ['update'], { timeoutMs: APT_TIMEOUT_MS, env: aptEnv });
    if (updated) {
      log('running `apt-get install -y chromium`');
      await run('apt-get', ['install', '-y', 'chromium'], {
        timeoutMs: APT_TIMEOUT_MS,
        env: aptEnv,
      });
    }
    if (isExecutable(systemPath)) {
      return systemPath;
    }
  }

  throw new Error(`No Chromium executable found. ${INSTALL_HINT}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(`${await findBrowser()}\n`);
  } catch (error) {
    log(error.message);
    process.exitCode = 1;
  }
}
