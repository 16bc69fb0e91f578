import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { projectRoot } from '../../../src/paths.js';

export interface KitProcessOptions {
  /** Loopback port to listen on. */
  port: number;
  dataDir: string;
  /** Extra environment variables, such as SESSION_STORE. */
  env?: Record<string, string>;
  /** Milliseconds to wait for /healthz. Defaults to 30 s. */
  readyTimeoutMs?: number;
}

export interface KitProcess {
  url: string;
  pid: number;
  /** True while the process runs. */
  running: () => boolean;
  /** The last 20 kB the process wrote to stdout and stderr. */
  output: () => string;
  /** Sends SIGTERM and waits for the process to end, sending SIGKILL after 10 s. */
  stop: () => Promise<void>;
  /** Sends SIGKILL and waits for the process to end. */
  kill: () => Promise<void>;
}

const OUTPUT_LIMIT = 20_000;

/** Waits until GET url/healthz answers 200, or rejects after `timeoutMs`. */
export async function waitForHealthy(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('The kit process exited before it was ready');
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The kit at ${url} was not healthy within ${timeoutMs} ms`);
}

async function endProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  if (signal === 'SIGKILL') {
    await exited;
    return;
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the kit from source (node --import tsx src/server.ts) on 127.0.0.1
 * and resolves once /healthz answers.
 */
export async function startKitProcess(options: KitProcessOptions): Promise<KitProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const running = () => child.exitCode === null && child.signalCode === null;

  try {
    await waitForHealthy(url, options.readyTimeoutMs ?? 30_000, running);
  } catch (error) {
    await endProcess(child, 'SIGKILL');
    throw new Error(`${(error as Error).message}. Its output:\n${output}`);
  }

  return {
    url,
    pid: child.pid!,
    running,
    output: () => output,
    stop: () => endProcess(child, 'SIGTERM'),
    kill: () => endProcess(child, 'SIGKILL'),
  };
}
