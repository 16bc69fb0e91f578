import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadJourneys } from '../../src/journeys/load-journeys.js';
import type { CompiledJourney } from '../../src/journeys/compiled-journey.js';
import { createApp, type KitApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';

export interface TestKit extends KitApp {
  journeys: CompiledJourney[];
  dataDir: string;
  /** Closes the app and deletes its data folder. */
  dispose: () => void;
}

/**
 * Starts the real app on a fresh data folder, or on `dataDir` to reopen one,
 * with any other settings read from `env` as from environment variables.
 */
export async function startTestKit(dataDir?: string, env: Record<string, string> = {}): Promise<TestKit> {
  const folder = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'journey-kit-test-'));
  const journeys = await loadJourneys();
  const config = {
    ...readConfig({ NODE_ENV: 'test', ...env }),
    dataDir: folder,
    sessionSecret: 'test-secret-that-is-long-enough-to-use',
  };
  const kit = createApp(config, journeys, createLogger('silent'));
  return {
    ...kit,
    journeys,
    dataDir: folder,
    dispose: () => {
      kit.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Finds one council's compiled journey. */
export function journeyOf(kit: { journeys: CompiledJourney[] }, council: string, journey: string): CompiledJourney {
  const found = kit.journeys.find((j) => j.council.id === council && j.id === journey);
  if (!found) throw new Error(`No journey ${journey} for council ${council}`);
  return found;
}
