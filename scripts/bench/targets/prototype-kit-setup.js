// Installs the GOV.UK Prototype Kit into .bench/prototype-kit with its own
// `create` command, once, and writes the benchmark's question page into it.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { benchScriptsDir, benchWorkDir, prototypeKitDir } from '../paths.js';

/** The Prototype Kit release the benchmark installs. */
export const prototypeKitVersion = '13.20.3';

const viewsSourceDir = path.join(benchScriptsDir, 'targets', 'prototype-kit-views');

/** @param {string} packageJson */
function versionIn(packageJson) {
  if (!existsSync(packageJson)) {
    return undefined;
  }
  return /** @type {{ version?: string }} */ (JSON.parse(readFileSync(packageJson, 'utf8'))).version;
}

function installedKitVersion() {
  return versionIn(path.join(prototypeKitDir, 'node_modules', 'govuk-prototype-kit', 'package.json'));
}

/**
 * Creates the prototype as the kit's documentation describes
 * (`npx govuk-prototype-kit create`), pinned to `prototypeKitVersion`, without
 * a git repository. npm prefers its cache, so a second install on the same
 * machine needs no network.
 */
function createPrototype() {
  rmSync(prototypeKitDir, { recursive: true, force: true });
  mkdirSync(benchWorkDir, { recursive: true });
  process.stderr.write(
    `bench: installing govuk-prototype-kit@${prototypeKitVersion} into ${path.relative(process.cwd(), prototypeKitDir)}\n`,
  );
  const result = spawnSync(
    'npx',
    [
      '--yes',
      `govuk-prototype-kit@${prototypeKitVersion}`,
      'create',
      `--version=${prototypeKitVersion}`,
      '--no-version-control',
      prototypeKitDir,
    ],
    {
      // Outside the project, so npx cannot take the project's package.json for the prototype's.
      cwd: os.tmpdir(),
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        npm_config_prefer_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
      },
      timeout: 10 * 60_000,
    },
  );
  if (result.error) {
    throw new Error(`npx govuk-prototype-kit create failed to run: ${result.error.message}`);
  }
  // `create` exits 0 even when its npm install fails, so check what it left.
  if (result.status !== 0 || installedKitVersion() !== prototypeKitVersion) {
    throw new Error(
      `npx govuk-prototype-kit create did not install govuk-prototype-kit ${prototypeKitVersion} into ${prototypeKitDir} (exit code ${result.status})`,
    );
  }
}

/**
 * Makes sure the Prototype Kit is installed and holds the benchmark's pages,
 * and returns its folder and the installed versions.
 */
export function setUpPrototypeKit() {
  if (installedKitVersion() !== prototypeKitVersion) {
    createPrototype();
  }
  const viewsDir = path.join(prototypeKitDir, 'app', 'views');
  for (const file of readdirSync(viewsSourceDir)) {
    copyFileSync(path.join(viewsSourceDir, file), path.join(viewsDir, file));
  }
  return {
    dir: prototypeKitDir,
    kitVersion: prototypeKitVersion,
    govukFrontendVersion: versionIn(
      path.join(prototypeKitDir, 'node_modules', 'govuk-frontend', 'package.json'),
    ),
  };
}
