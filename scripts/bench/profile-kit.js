// `npm run bench:profile`: CPU profiles of Journey Kit under the benchmark's
// GET and POST loads, and of the bare page under the GET load for comparison,
// one server process for each, on 127.0.0.1:3431. Writes the .cpuprofile
// files (open them in Chrome DevTools) and a summary of each to
// .bench/profiles/, and prints the summaries.
//
// Options: --duration S (10), --connections N (50). The profile includes the
// server's start-up and a 2 s warm-up, which take a small part of the samples.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { runLoad } from './load.js';
import { profilesDir, projectRoot } from './paths.js';
import { summariseProfile } from './profile-summary.js';
import { retryUntilReady } from './server-process.js';
import { barePage, journeyKit } from './targets/targets.js';

const port = 3431;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const settings = {
  durationS: Number(values.duration),
  connections: Number(values.connections),
  warmupS: 2,
};

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) {
  process.stderr.write(`bench:profile: npm run build failed with exit code ${build.status}\n`);
  process.exit(1);
}

mkdirSync(profilesDir, { recursive: true });
const baseUrl = `http://127.0.0.1:${port}`;

const runs = /** @type {const} */ ([
  { target: journeyKit, kind: 'GET', name: 'journey-kit-get' },
  { target: journeyKit, kind: 'POST', name: 'journey-kit-post' },
  { target: barePage, kind: 'GET', name: 'bare-page-get' },
]);

for (const { target, kind, name } of runs) {
  for (const file of readdirSync(profilesDir).filter((f) => f.startsWith(name))) {
    rmSync(path.join(profilesDir, file));
  }
  const server = target.start(port, {
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profilesDir}`, `--cpu-prof-name=${name}.cpuprofile`],
  });
  let measured = '';
  try {
    const participant = await retryUntilReady(server, () => target.openQuestion(baseUrl));
    const request = kind === 'GET' ? target.getRequest(participant) : target.postRequest(participant);
    const result = await runLoad(baseUrl, request, settings, server);
    measured = `${result.rps.toFixed(0)} requests/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuUsPerRequest?.toFixed(0)} µs CPU per request (profiler running), ${result.unexpected} unexpected`;
  } finally {
    // Both servers exit on SIGTERM through process.exit, which writes the profile.
    await server.stop(15_000);
  }
  const summary = `${target.name}, ${kind} of the question page: ${measured}\n${summariseProfile(path.join(profilesDir, `${name}.cpuprofile`))}`;
  writeFileSync(path.join(profilesDir, `${name}.txt`), `${summary}\n`);
  process.stdout.write(`\n${summary}\n`);
}
