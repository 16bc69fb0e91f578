import { loadJourneys } from './journeys/load-journeys.js';
import { JourneyDefinitionError } from './journeys/errors.js';
import { createApp } from './server/app.js';
import { ConfigurationError, readConfig } from './server/config.js';
import { createLogger } from './server/logger.js';

// SQLite files, their WAL journals and the session secret hold participants' data,
// so files the kit creates are readable by its own user only.
process.umask(0o077);

try {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const journeys = await loadJourneys();
  const kit = createApp(config, journeys, logger);
  const server = kit.app.listen(config.port, config.host, () => {
    logger.info(
      { url: `http://${config.host}:${config.port}`, journeys: journeys.length, dataDir: config.dataDir },
      'Journey Kit started',
    );
  });

  const stop = (signal: string) => {
    logger.info({ signal }, 'Journey Kit stopping');
    server.close(() => {
      kit.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof JourneyDefinitionError || error instanceof ConfigurationError) {
    console.error(`Journey Kit cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
