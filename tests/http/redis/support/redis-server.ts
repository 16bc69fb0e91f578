import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { promisify } from 'node:util';
import { projectRoot } from '../../../../src/paths.js';

let redisServerPath: Promise<string> | undefined;

/** Finds redis-server with scripts/find-redis-server.js, which installs it as root on Debian. */
export function findRedisServerPath(): Promise<string> {
  redisServerPath ??= promisify(execFile)(process.execPath, ['scripts/find-redis-server.js'], { cwd: projectRoot, timeout: 20 * 60 * 1000 })
    .then(({ stdout }) => stdout.trim());
  return redisServerPath;
}

export interface RedisOptions {
  port: number;
  /** Folder for the append-only file. */
  dir: string;
  /** Keep every write in an append-only file, fsynced on each write. */
  persistence: boolean;
}

export interface RedisProcess {
  url: string;
  /** Sends SIGSTOP: Redis keeps its connections but replies to nothing until resume(). */
  pause: () => void;
  /** Sends SIGCONT after pause(). */
  resume: () => void;
  /** Sends SIGTERM, which makes Redis shut down cleanly, and waits for it to end. */
  stop: () => Promise<void>;
}

/** Resolves once Redis on the port replies PONG to PING (not LOADING), or rejects after `timeoutMs`. */
async function waitForPong(port: number, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
      socket.setTimeout(500, () => socket.destroy());
      socket.once('data', (data) => {
        resolve(data.toString());
        socket.destroy();
      });
      socket.once('error', () => resolve(''));
      socket.once('close', () => resolve(''));
    });
    if (reply.startsWith('+PONG')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
}

/** Starts redis-server on 127.0.0.1 and resolves once it replies to PING. */
export async function startRedis(options: RedisOptions): Promise<RedisProcess> {
  const binary = await findRedisServerPath();
  const child = spawn(binary, [
    '--port', String(options.port),
    '--bind', '127.0.0.1',
    '--dir', options.dir,
    '--save', '',
    '--appendonly', options.persistence ? 'yes' : 'no',
    '--appendfsync', 'always',
    '--daemonize', 'no',
    '--logfile', '',
    '--loglevel', 'warning',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  try {
    await waitForPong(options.port, 10_000, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}. Its output:\n${output}`);
  }
  return {
    url: `redis://127.0.0.1:${options.port}`,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      // A paused Redis acts on SIGTERM only once it runs again.
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
