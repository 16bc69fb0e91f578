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
  /** FACILITATOR_PASSWORD: when set, /facilitator, /research and the facilitator panel ask for it. */
  facilitatorPassword?: string;
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

/**
 * Throws a ConfigurationError when the facilitator password is the same as the
 * prototype password, because participants are given the prototype password.
 */
export function checkFacilitatorPassword(settings: { facilitatorPassword?: string; prototypePassword?: string }): void {
  const { facilitatorPassword, prototypePassword } = settings;
  if (facilitatorPassword !== undefined && facilitatorPassword === prototypePassword) {
    throw new ConfigurationError(
      'FACILITATOR_PASSWORD must differ from PROTOTYPE_PASSWORD: participants are given the prototype password, ' +
        'so with the same password they could open the facilitator tools and the research dashboard. ' +
        'Choose another FACILITATOR_PASSWORD.',
    );
  }
}

/** Reads the kit's settings from environment variables. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): KitConfig {
  const testing = env.NODE_ENV === 'test' || env.VITEST !== undefined;
  const passwords = {
    ...(env.PROTOTYPE_PASSWORD ? { prototypePassword: env.PROTOTYPE_PASSWORD } : {}),
    ...(env.FACILITATOR_PASSWORD ? { facilitatorPassword: env.FACILITATOR_PASSWORD } : {}),
  };
  checkFacilitatorPassword(passwords);
  return {
    port: portFrom(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(projectRoot, env.DATA_DIR || 'data'),
    ...(env.SESSION_SECRET ? { sessionSecret: env.SESSION_SECRET } : {}),
    ...passwords,
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || (testing ? 'silent' : 'info'),
  };
}
