// Turns the benchmark's results into the printed report, with ratios and targets.

import { spreadOf } from './stats.js';

/** @typedef {import('./load.js').LoadResult} LoadResult */

const kilobyte = 1024;
const megabyte = 1024 * 1024;

/** @param {number} value @param {number} [digits] */
function fixed(value, digits = 0) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** @param {number[]} values @param {number} [digits] */
function spreadText(values, digits = 0) {
  const spread = spreadOf(values);
  return `${fixed(spread.median, digits)} [${fixed(spread.min, digits)}–${fixed(spread.max, digits)}]`;
}

/** @param {number[]} values */
function median(values) {
  return spreadOf(values).median;
}

/** @param {number} a @param {number} b */
function ratio(a, b) {
  return fixed(a / b, 2);
}

/**
 * Medians of every figure the targets compare.
 *
 * @param {any} results
 */
export function mediansOf(results) {
  /** @param {'GET' | 'POST'} kind @param {string} key @param {keyof LoadResult} field */
  const load = (kind, key, field) =>
    median((results.load?.[kind]?.[key] ?? []).map((/** @type {LoadResult} */ run) => run[field]));
  /** @type {Record<string, any>} */
  const medians = {};
  for (const key of ['A', 'B', 'C']) {
    medians[key] = {
      coldStartMs: median(results.coldStart?.[key] ?? []),
      getRps: load('GET', key, 'rps'),
      getP50: load('GET', key, 'p50'),
      getP99: load('GET', key, 'p99'),
      postRps: load('POST', key, 'rps'),
      postP50: load('POST', key, 'p50'),
      postP99: load('POST', key, 'p99'),
    };
  }
  return medians;
}

/**
 * Checks the medians against the targets and returns one line per target.
 *
 * @param {any} results
 */
export function targetChecks(results) {
  const { A, B, C } = mediansOf(results);
  const largestSession = results.sessionSize?.largest?.bytes ?? Number.NaN;
  /** @param {string} name @param {boolean} met @param {string} figure */
  const check = (name, met, figure) => ({ name, met, figure });
  return [
    check('Cold start at most 1/10 of the Prototype Kit\'s', A.coldStartMs <= B.coldStartMs / 10, `A/B = ${ratio(A.coldStartMs, B.coldStartMs)}`),
    check('Cold start at most 2x the bare page\'s', A.coldStartMs <= 2 * C.coldStartMs, `A/C = ${ratio(A.coldStartMs, C.coldStartMs)}`),
    check('GET throughput at least 90% of the bare page\'s', A.getRps >= 0.9 * C.getRps, `A/C = ${ratio(A.getRps, C.getRps)}`),
    check('GET p99 at most 1.2x the bare page\'s', A.getP99 <= 1.2 * C.getP99, `A/C = ${ratio(A.getP99, C.getP99)}`),
    check('POST throughput at least 60% of the kit\'s GET throughput', A.postRps >= 0.6 * A.getRps, `A POST/GET = ${ratio(A.postRps, A.getRps)}`),
    check('Session at check answers under 4 KB', largestSession < 4 * kilobyte, `largest ${fixed(largestSession)} bytes`),
  ];
}

/**
 * @param {any} results
 * @param {Record<string, string>} names target key to name
 */
export function formatReport(results, names) {
  const keys = ['A', 'B', 'C'];
  const label = (/** @type {string} */ key) => `  ${key} ${(names[key] ?? '').padEnd(22)}`;
  const medians = mediansOf(results);
  const { settings, machine } = results;
  const lines = [];

  lines.push(`Journey Kit benchmark, ${results.startedAt}`);
  lines.push(`Machine: ${machine.cores} cores, ${machine.cpu}, ${fixed(machine.memoryBytes / 1024 ** 3, 1)} GiB, Node ${machine.node}, ${machine.platform}`);
  lines.push(`Versions: govuk-prototype-kit ${results.versions.prototypeKit} with govuk-frontend ${results.versions.prototypeKitFrontend}; Journey Kit with govuk-frontend ${results.versions.kitFrontend}`);
  const sessions = settings.sessionPerConnection
    ? 'each connection its own participant'
    : 'all connections sharing one participant\'s session cookie';
  lines.push(`Settings: ${settings.rounds} rounds, ${settings.connections} connections with ${sessions}, ${settings.warmupS} s warm-up then ${settings.durationS} s per run, each run on a fresh server, ${settings.coldRuns} cold starts per server, interleaved A B C`);
  lines.push(`Load average (1, 5, 15 min): ${machine.loadAverage.map((/** @type {number} */ n) => fixed(n, 1)).join(' ')} at the start, ${(machine.loadAverageAtEnd ?? []).map((/** @type {number} */ n) => fixed(n, 1)).join(' ')} at the end`);
  lines.push('Figures: median [min–max] over the runs.');
  lines.push('');

  lines.push('Cold start: process spawn to the first 200 of the question page, ms');
  for (const key of keys) {
    lines.push(`${label(key)}${spreadText(results.coldStart[key] ?? [])}`);
  }
  lines.push(`  A/B ${ratio(medians.A.coldStartMs, medians.B.coldStartMs)}   A/C ${ratio(medians.A.coldStartMs, medians.C.coldStartMs)}`);
  lines.push('');

  for (const kind of /** @type {const} */ (['GET', 'POST'])) {
    const title =
      kind === 'GET'
        ? 'GET of the question page with the session cookie'
        : 'POST of a valid answer (validate, store, redirect)';
    lines.push(`${title}: requests/s | p50 ms | p99 ms | server CPU µs per request`);
    for (const key of keys) {
      const runs = /** @type {LoadResult[]} */ (results.load[kind][key] ?? []);
      const unexpected = runs.reduce((sum, run) => sum + run.unexpected, 0);
      lines.push(
        `${label(key)}${spreadText(runs.map((r) => r.rps)).padEnd(20)} | ${spreadText(runs.map((r) => r.p50)).padEnd(14)} | ${spreadText(runs.map((r) => r.p99)).padEnd(16)} | ${spreadText(runs.map((r) => r.cpuUsPerRequest ?? Number.NaN))}` +
          (unexpected > 0 ? `   (${unexpected} unexpected responses or errors)` : ''),
      );
    }
    const field = kind === 'GET' ? 'get' : 'post';
    const a = medians.A;
    lines.push(
      `  A/B requests/s ${ratio(a[`${field}Rps`], medians.B[`${field}Rps`])}, p99 ${ratio(a[`${field}P99`], medians.B[`${field}P99`])}` +
        `   A/C requests/s ${ratio(a[`${field}Rps`], medians.C[`${field}Rps`])}, p99 ${ratio(a[`${field}P99`], medians.C[`${field}P99`])}`,
    );
    lines.push('');
  }

  const size = results.sessionSize;
  if (size) {
    lines.push(`Session size at check answers (${size.council} benefit claim, stored JSON in bytes)`);
    for (const session of size.sessions) {
      lines.push(`  ${session.persona.padEnd(36)}${String(session.bytes).padStart(6)}   (${session.pages} pages)`);
    }
    if (size.skipped.length > 0) {
      lines.push(`  Not reaching check answers: ${size.skipped.join(', ')}`);
    }
    lines.push('');
  }

  const memory = results.memory;
  if (memory) {
    lines.push(`Memory of Journey Kit with ${memory.count} stored sessions, inserted through SqliteSessionStore as copies of the ${memory.persona} persona's session at check answers (${memory.sessionBytes} bytes)`);
    const mib = (/** @type {number} */ bytes) => `${fixed(bytes / megabyte, 1)} MiB`;
    lines.push(`  ${'checkpoint'.padEnd(66)}RSS, then heap used after a full GC`);
    for (const point of memory.checkpoints) {
      lines.push(`  ${point.name.padEnd(66)}${mib(point.rss).padStart(10)}   ${mib(point.heapUsedAfterGc).padStart(9)}`);
    }
    const last = memory.checkpoints[memory.checkpoints.length - 1];
    lines.push(`  peak RSS ${mib(last?.peakRss ?? Number.NaN)}; the insert took ${fixed(memory.insertMs)} ms; SQLite file and WAL ${mib(memory.databaseBytes)}`);
    lines.push(`  check answers with a different session each time: ${fixed(memory.checkAnswersPerSecond)} requests/s`);
    lines.push('');
  }

  lines.push('Path generation for synthetic journeys (npm run bench:paths)');
  if (results.paths?.available) {
    lines.push(...String(results.paths.output).trimEnd().split('\n').map((line) => `  ${line}`));
    if (results.paths.exitCode !== 0) {
      lines.push(`  bench:paths exited with code ${results.paths.exitCode}`);
    }
  } else {
    lines.push('  not available yet');
  }
  lines.push('');

  lines.push('Targets (medians)');
  for (const target of targetChecks(results)) {
    lines.push(`  ${target.met ? 'met    ' : 'NOT MET'}  ${target.name}: ${target.figure}`);
  }
  return lines.join('\n');
}
