import path from 'node:path';
import { projectRoot } from '../paths.js';

export interface KitConfig {
  port: number;
  host: string;
  /** Folder for SQLite files and the generated session secret. */
  dataDir: string;
  /** Signs session cookies; generated and kept in dataDir when not set. */
  sessionSecret?: string;
  /** PROTOTYPE_PASSWORD: when set, every page except /healthz and static assets asks for it. */
  prototypePassword?: string;
  /** NODE_ENV=production: secure cookies behind an HTTPS proxy. */
  production: boolean;
  logLevel: string;
}

/** An environment variable with a value the kit cannot use. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigurationError(`PORT must be a whole number from 0 to 65535, not '${value}'`);
  }
  return port;
}

/** Reads the kit's settings from environment variables. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): KitConfig {
  const testing = env.NODE_ENV === 'test' || env.VITEST !== undefined;
  return {
    port: portFrom(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(projectRoot, env.DATA_DIR || 'data'),
    ...(env.SESSION_SECRET ? { sessionSecret: env.SESSION_SECRET } : {}),
    ...(env.PROTOTYPE_PASSWORD ? { prototypePassword: env.PROTOTYPE_PASSWORD } : {}),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || (testing ? 'silent' : 'info'),
  };
}
