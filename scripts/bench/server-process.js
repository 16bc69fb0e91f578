// Starts and stops the server processes under test, and reads their memory use.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const outputLimit = 8_000;
const memoryReportPrefix = 'bench-memory ';

/** Child processes not yet exited, killed if this process exits first. */
const liveChildren = new Set();

process.once('exit', () => {
  for (const child of liveChildren) {
    child.kill('SIGKILL');
  }
});
// Exiting on these signals runs the exit handler above, so no server outlives the benchmark.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

/** Clock ticks per second of the times in /proc/<pid>/stat; 100 where getconf is missing. */
const clockTicksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * A server child process. Its stdout and stderr are kept (the last 8,000
 * characters) for error messages.
 */
export class ServerProcess {
  /**
   * @param {string} name
   * @param {string} command
   * @param {string[]} args
   * @param {{ cwd: string, env: NodeJS.ProcessEnv, afterStop?: () => void }} options
   *   afterStop runs once the process has exited through stop(), to delete its files.
   */
  constructor(name, command, args, options) {
    this.name = name;
    this.afterStop = options.afterStop;
    this.output = '';
    /** @type {{ code: number | null, signal: NodeJS.Signals | null } | undefined} */
    this.exited = undefined;
    this.child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    /** Memory reports written by targets/report-memory-on-signal.cjs, oldest first. */
    this.memoryReports = /** @type {Record<string, number>[]} */ ([]);
    let partialLine = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      this.output = (this.output + chunk.toString()).slice(-outputLimit);
    };
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
      keep(chunk);
      const lines = (partialLine + chunk.toString()).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(memoryReportPrefix)) {
          this.memoryReports.push(JSON.parse(line.slice(memoryReportPrefix.length)));
        }
      }
    });
    liveChildren.add(this.child);
    this.exitPromise = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        liveChildren.delete(this.child);
        this.exited = { code, signal };
        resolve(this.exited);
      });
    });
    this.child.once('error', (error) => {
      this.output += `\nfailed to start: ${error.message}`;
    });
  }

  get pid() {
    return this.child.pid;
  }

  /** Throws, with the process's recent output, if the process has exited. */
  assertRunning() {
    if (this.exited) {
      throw new Error(
        `${this.name} exited (code ${this.exited.code}, signal ${this.exited.signal}). Its output ended with:\n${this.output}`,
      );
    }
  }

  /**
   * Sends SIGTERM and waits for the process to exit, then SIGKILL after
   * `graceMs` milliseconds.
   */
  async stop(graceMs = 5_000) {
    if (!this.exited) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      await this.exitPromise;
      clearTimeout(timer);
    }
    this.afterStop?.();
    this.afterStop = undefined;
    return this.exited;
  }

  /**
   * Reads the CPU time, user plus system, that all of the process's threads
   * have used, in milliseconds, from /proc (in clock ticks, usually 10 ms).
   * Linux only.
   */
  cpuTimeMs() {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name, which is in brackets and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const userTicks = Number(fields[11]);
    const systemTicks = Number(fields[12]);
    return ((userTicks + systemTicks) * 1000) / clockTicksPerSecond;
  }

  /**
   * Reads the process's resident set size now (VmRSS) and its peak (VmHWM)
   * from /proc, in bytes. Linux only.
   */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kilobytes = (/** @type {string} */ field) => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      if (!match?.[1]) {
        throw new Error(`/proc/${this.pid}/status has no ${field} line`);
      }
      return Number(match[1]) * 1024;
    };
    return { rss: kilobytes('VmRSS'), peakRss: kilobytes('VmHWM') };
  }

  /**
   * Asks a server started with targets/report-memory-on-signal.cjs for a full
   * garbage collection and returns process.memoryUsage() after it, in bytes.
   */
  async memoryAfterGc(timeoutMs = 10_000) {
    const reportsBefore = this.memoryReports.length;
    this.child.kill('SIGUSR2');
    const deadline = performance.now() + timeoutMs;
    while (this.memoryReports.length === reportsBefore) {
      this.assertRunning();
      if (this.output.includes('bench-memory-error') || performance.now() > deadline) {
        throw new Error(`${this.name} did not report its memory after SIGUSR2. Its output ended with:\n${this.output}`);
      }
      await sleep(10);
    }
    return /** @type {{ rss: number, heapUsed: number, heapTotal: number, external: number, arrayBuffers: number }} */ (
      this.memoryReports[reportsBefore]
    );
  }
}

/**
 * Calls `attempt` every `intervalMs` until it resolves, and returns its
 * result. Throws the last error once `timeoutMs` has passed, or at once if
 * `server` has exited.
 *
 * @template T
 * @param {ServerProcess} server
 * @param {() => Promise<T>} attempt
 * @param {{ timeoutMs?: number, intervalMs?: number }} [options]
 * @returns {Promise<T>}
 */
export async function retryUntilReady(server, attempt, options = {}) {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const intervalMs = options.intervalMs ?? 10;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    server.assertRunning();
    try {
      return await attempt();
    } catch (error) {
      server.assertRunning();
      if (performance.now() > deadline) {
        throw new Error(
          `${server.name} was not ready after ${timeoutMs} ms: ${/** @type {Error} */ (error).message}\nIts output ended with:\n${server.output}`,
        );
      }
    }
    await sleep(intervalMs);
  }
}
