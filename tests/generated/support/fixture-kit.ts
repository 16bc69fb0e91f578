import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { projectRoot } from '../../../src/paths.js';
import { createApp, type KitApp } from '../../../src/server/app.js';
import { readConfig } from '../../../src/server/config.js';
import { createLogger } from '../../../src/server/logger.js';

/** Folders of the fixture journeys that compile but fail when run. */
export const faultyPagesFolder = path.join(projectRoot, 'tests', 'fixtures', 'faulty-journeys', 'pages');
/** Folders of the fixture journeys whose definitions are broken. */
export const faultyDefinitionsFolder = path.join(projectRoot, 'tests', 'fixtures', 'faulty-journeys', 'definitions');

export interface FixtureKit extends KitApp {
  journeys: CompiledJourney[];
  /** Closes the app and deletes its data folder. */
  dispose: () => void;
}

/** Starts the real app, on a fresh data folder, serving the journeys in `folder` only. */
export async function startFixtureKit(folder: string): Promise<FixtureKit> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-fixture-'));
  const journeys = await loadJourneys({ modules: folder, sources: folder });
  const config = { ...readConfig({ NODE_ENV: 'test' }), dataDir, sessionSecret: 'test-secret-that-is-long-enough-to-use' };
  const kit = createApp(config, journeys, createLogger('silent'));
  return {
    ...kit,
    journeys,
    dispose: () => {
      kit.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
