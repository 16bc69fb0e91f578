// `npm run bench`: Journey Kit (A) side by side with the GOV.UK Prototype Kit
// (B) and a bare Express + Nunjucks page (C), on 127.0.0.1 ports 3401-3422.
// Builds the kit and installs the Prototype Kit into .bench/ first. Prints
// the report and writes it, with the raw figures as JSON, to .bench/results/.
//
// Options: --rounds N (5), --duration S (10), --warmup S (3),
// --connections N (50), --cold-runs N (3), --sessions N (10000) stored for
// the memory figure, and --session-per-connection to give each connection its
// own participant instead of sharing one session cookie between them all.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { measureColdStart } from './cold-start.js';
import { runLoad } from './load.js';
import { describeMachine } from './machine.js';
import { runPathGenerationBench } from './path-generation.js';
import { projectRoot, resultsDir } from './paths.js';
import { formatReport } from './report.js';
import { retryUntilReady } from './server-process.js';
import { measureSessionMemory } from './session-memory.js';
import { measureSessionSizes } from './session-size.js';
import { setUpPrototypeKit } from './targets/prototype-kit-setup.js';
import { targets } from './targets/targets.js';

const ports = {
  load: { A: 3401, B: 3402, C: 3403 },
  coldStart: { A: 3411, B: 3412, C: 3413 },
  sessionSize: 3421,
  memory: 3422,
};

/** @param {string} name @param {string} value */
function positiveNumber(name, value) {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`--${name} must be a positive number, not '${value}'`);
  }
  return number;
}

function readSettings() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      'cold-runs': { type: 'string', default: '3' },
      sessions: { type: 'string', default: '10000' },
      'session-per-connection': { type: 'boolean', default: false },
    },
  });
  return {
    rounds: Math.round(positiveNumber('rounds', values.rounds)),
    durationS: positiveNumber('duration', values.duration),
    warmupS: Number(values.warmup),
    connections: Math.round(positiveNumber('connections', values.connections)),
    coldRuns: Math.round(positiveNumber('cold-runs', values['cold-runs'])),
    sessions: Math.round(positiveNumber('sessions', values.sessions)),
    sessionPerConnection: values['session-per-connection'] ?? false,
  };
}

/** @param {string} message */
function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function buildKit() {
  progress('building Journey Kit (npm run build)');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`npm run build failed with exit code ${result.status}`);
  }
}

/** @param {string} packageJson */
function versionOf(packageJson) {
  return JSON.parse(readFileSync(packageJson, 'utf8')).version;
}

/**
 * @param {number} runs
 * @returns {Promise<Record<string, number[]>>}
 */
async function coldStarts(runs) {
  /** @type {Record<string, number[]>} */
  const times = { A: [], B: [], C: [] };
  for (let run = 1; run <= runs; run += 1) {
    for (const target of targets) {
      const ms = await measureColdStart(target, ports.coldStart[target.key]);
      times[target.key]?.push(ms);
      progress(`cold start ${run}/${runs} ${target.key} ${target.name}: ${ms.toFixed(0)} ms`);
    }
  }
  return times;
}

/**
 * Runs one load run of `kind` against a fresh server of `target`: starts it,
 * opens the participants, runs the warm-up and the measured run, and stops it.
 *
 * @param {import('./targets/targets.js').Target} target
 * @param {'GET' | 'POST'} kind
 * @param {ReturnType<typeof readSettings>} settings
 */
async function loadRun(target, kind, settings) {
  const port = ports.load[target.key];
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = target.start(port);
  try {
    const participantCount = settings.sessionPerConnection ? settings.connections : 1;
    const requests = [];
    for (let i = 0; i < participantCount; i += 1) {
      const participant = await retryUntilReady(server, () => target.openQuestion(baseUrl));
      requests.push(kind === 'GET' ? target.getRequest(participant) : target.postRequest(participant));
    }
    const result = await runLoad(baseUrl, requests, settings, server);
    server.assertRunning();
    return result;
  } finally {
    await server.stop();
  }
}

/**
 * Runs the GET and POST loads for every target, interleaved A B C, each run on
 * a fresh server so that what one run leaves behind (such as the Prototype
 * Kit's session files) cannot slow the next.
 *
 * @param {ReturnType<typeof readSettings>} settings
 */
async function loadRounds(settings) {
  /** @type {Record<'GET' | 'POST', Record<string, import('./load.js').LoadResult[]>>} */
  const load = { GET: { A: [], B: [], C: [] }, POST: { A: [], B: [], C: [] } };
  for (let round = 1; round <= settings.rounds; round += 1) {
    for (const kind of /** @type {const} */ (['GET', 'POST'])) {
      for (const target of targets) {
        const result = await loadRun(target, kind, settings);
        load[kind][target.key]?.push(result);
        progress(
          `round ${round}/${settings.rounds} ${kind} ${target.key} ${target.name}: ${result.rps.toFixed(0)} requests/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuUsPerRequest?.toFixed(0)} µs CPU per request` +
            (result.unexpected > 0 ? `, ${result.unexpected} unexpected (${JSON.stringify(result.statuses)})` : ''),
        );
      }
    }
  }
  return load;
}

async function main() {
  const settings = readSettings();
  const startedAt = new Date().toISOString();
  const machine = describeMachine();

  buildKit();
  const prototypeKit = setUpPrototypeKit();

  const coldStart = await coldStarts(settings.coldRuns);
  const load = await loadRounds(settings);
  progress('measuring session size at check answers');
  const sessionSize = await measureSessionSizes(ports.sessionSize);
  progress(`measuring memory with ${settings.sessions} stored sessions`);
  const memory = await measureSessionMemory(ports.memory, settings.sessions);
  const paths = runPathGenerationBench();

  const results = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: describeMachine().loadAverage },
    settings,
    versions: {
      prototypeKit: prototypeKit.kitVersion,
      prototypeKitFrontend: prototypeKit.govukFrontendVersion,
      kitFrontend: versionOf(path.join(projectRoot, 'node_modules', 'govuk-frontend', 'package.json')),
    },
    coldStart,
    load,
    sessionSize,
    memory,
    paths,
  };
  const names = Object.fromEntries(targets.map((target) => [target.key, target.name]));
  const report = formatReport(results, names);

  mkdirSync(resultsDir, { recursive: true });
  const stamp = startedAt.replace(/[:.]/g, '-');
  writeFileSync(path.join(resultsDir, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, `${stamp}.txt`), `${report}\n`);
  writeFileSync(path.join(resultsDir, 'latest.txt'), `${report}\n`);
  process.stdout.write(`\n${report}\n\nWritten to ${path.relative(projectRoot, resultsDir)}/${stamp}.{txt,json}\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: failed: ${/** @type {Error} */ (error).stack ?? error}\n`);
  process.exitCode = 1;
}
