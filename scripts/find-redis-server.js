// Locates a redis-server executable for the Redis session tests, installing Debian's
// package as a last resort. Plain ESM JavaScript so that .ci/run can call it before
// anything is compiled. Run directly (`node scripts/find-redis-server.js`) it prints the path.

import process from 'node:process';
import { pathToFileURL } from 'node:url';

import { isExecutable, isRootOnDebian, runCommand } from './find-browser.js';

export const SYSTEM_REDIS_SERVER_PATH = '/usr/bin/redis-server';

const APT_TIMEOUT_MS = 10 * 60 * 1000;
const INSTALL_HINT =
  'Install it with `apt-get install -y redis-server` (Debian), or set REDIS_SERVER_PATH to the path of a redis-server executable.';

function log(message) {
  process.stderr.write(`find-redis-server: ${message}\n`);
}

/**
 * Returns the path of a redis-server executable, trying in order: env
 * REDIS_SERVER_PATH, /usr/bin/redis-server, and (as root on Debian only)
 * `apt-get install -y redis-server`. Throws an Error naming the install command
 * when every step fails.
 *
 * The options replace the environment, path and command runner, for testing.
 */
export async function findRedisServer(options = {}) {
  const env = options.env ?? process.env;
  const systemPath = options.systemPath ?? SYSTEM_REDIS_SERVER_PATH;
  const run = options.run ?? runCommand;
  const canUseApt = options.canUseApt ?? isRootOnDebian();

  if (env.REDIS_SERVER_PATH) {
    if (isExecutable(env.REDIS_SERVER_PATH)) return env.REDIS_SERVER_PATH;
    log(`REDIS_SERVER_PATH=${env.REDIS_SERVER_PATH} is not an executable file, looking elsewhere`);
  }
  if (isExecutable(systemPath)) return systemPath;

  if (canUseApt) {
    const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
    log('no redis-server found, running `apt-get update`');
    if (await run('apt-get', ['update'], { timeoutMs: APT_TIMEOUT_MS, env: aptEnv })) {
      log('running `apt-get install -y redis-server`');
      await run('apt-get', ['install', '-y', 'redis-server'], { timeoutMs: APT_TIMEOUT_MS, env: aptEnv });
    }
    if (isExecutable(systemPath)) return systemPath;
  }

  throw new Error(`No redis-server executable found. ${INSTALL_HINT}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(`${await findRedisServer()}\n`);
  } catch (error) {
    log(error.message);
    process.exitCode = 1;
  }
}
