// The three servers the benchmark compares: how to start each one, how to put
// a participant on its postcode question, and the GET and POST it measures.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { CookieJar, csrfTokenOf, expectStatus, formBody } from '../http.js';
import { barePageEntry, kitServerEntry, loopbackPreload, projectRoot, prototypeKitDir } from '../paths.js';
import { ServerProcess } from '../server-process.js';

/**
 * @typedef {object} Participant
 * @property {string} cookie  the Cookie header of the participant's session, empty when the server keeps none
 * @property {string} [csrfToken]  the page's `_csrf` value, where the server checks one
 *
 * @typedef {object} LoadRequest
 * @property {'GET' | 'POST'} method
 * @property {string} path
 * @property {Record<string, string>} headers
 * @property {string} [body]
 * @property {number} expectedStatus
 *
 * @typedef {object} StartOptions
 * @property {string[]} [nodeArgs]  options for node, such as --cpu-prof
 * @property {string} [entry]  Journey Kit only: the server script to run, by default this checkout's dist/src/server.js
 * @property {Record<string, string>} [env]  extra environment variables
 *
 * @typedef {object} Target
 * @property {'A' | 'B' | 'C'} key
 * @property {string} name
 * @property {(port: number, options?: StartOptions) => ServerProcess} start
 * @property {(baseUrl: string) => Promise<Participant>} openQuestion
 *   starts a participant and returns them on the question page, which responded 200
 * @property {(participant: Participant) => LoadRequest} getRequest
 * @property {(participant: Participant) => LoadRequest} postRequest
 */

const postcode = 'SY1 1HA';
const formType = 'application/x-www-form-urlencoded';

/**
 * Settings that change what a server does, so that this process's own do not
 * reach the servers: test mode, Journey Kit's development mode, a Redis
 * session store or a password page.
 */
const unsetVariables = ['NODE_ENV', 'VITEST', 'JOURNEY_KIT_DEV', 'SESSION_STORE', 'PROTOTYPE_PASSWORD', 'PASSWORD'];

/** Returns this process's environment without `unsetVariables`, plus `settings`. */
function serverEnv(/** @type {Record<string, string>} */ settings) {
  const env = { ...process.env };
  for (const name of unsetVariables) {
    delete env[name];
  }
  return { ...env, ...settings };
}

/** @param {Participant} participant */
function cookieHeaders(participant) {
  return participant.cookie ? { cookie: participant.cookie } : {};
}

const kitBase = '/shropshire/benefit-claim';

/** @type {Target} */
export const journeyKit = {
  key: 'A',
  name: 'Journey Kit',
  start(port, options = {}) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-bench-'));
    const server = new ServerProcess(
      this.name,
      process.execPath,
      [...(options.nodeArgs ?? []), options.entry ?? kitServerEntry],
      {
        cwd: projectRoot,
        env: serverEnv({
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'silent',
          ...options.env,
        }),
        afterStop: () => rmSync(dataDir, { recursive: true, force: true }),
      },
    );
    return Object.assign(server, { dataDir });
  },
  async openQuestion(baseUrl) {
    const jar = new CookieJar();
    const start = await expectStatus(`${baseUrl}${kitBase}/start`, 200, { jar });
    await expectStatus(`${baseUrl}${kitBase}/start`, 303, {
      jar,
      form: { _csrf: csrfTokenOf(start.text) },
    });
    const question = await expectStatus(`${baseUrl}${kitBase}/postcode`, 200, { jar });
    return { cookie: jar.header(), csrfToken: csrfTokenOf(question.text) };
  },
  getRequest(participant) {
    return {
      method: 'GET',
      path: `${kitBase}/postcode`,
      headers: cookieHeaders(participant),
      expectedStatus: 200,
    };
  },
  postRequest(participant) {
    return {
      method: 'POST',
      path: `${kitBase}/postcode`,
      headers: { ...cookieHeaders(participant), 'content-type': formType },
      body: formBody({ postcode, _csrf: participant.csrfToken ?? '' }),
      expectedStatus: 303,
    };
  },
};

/** @type {Target} */
export const prototypeKit = {
  key: 'B',
  name: 'GOV.UK Prototype Kit',
  // Its session store reads every stored session file on each save, so each
  // start begins with no stored sessions, as Journey Kit's fresh DATA_DIR does.
  start(port, options = {}) {
    rmSync(path.join(prototypeKitDir, '.tmp', 'sessions'), { recursive: true, force: true });
    return new ServerProcess(
      this.name,
      process.execPath,
      [
        '--require',
        loopbackPreload,
        ...(options.nodeArgs ?? []),
        path.join(prototypeKitDir, 'node_modules', 'govuk-prototype-kit', 'bin', 'cli'),
        'serve',
      ],
      {
        cwd: prototypeKitDir,
        env: serverEnv({
          PORT: String(port),
          NODE_ENV: 'production',
          USE_AUTH: 'false',
          USE_HTTPS: 'false',
          ...options.env,
        }),
      },
    );
  },
  async openQuestion(baseUrl) {
    const jar = new CookieJar();
    await expectStatus(`${baseUrl}/postcode`, 200, { jar });
    return { cookie: jar.header() };
  },
  getRequest(participant) {
    return { method: 'GET', path: '/postcode', headers: cookieHeaders(participant), expectedStatus: 200 };
  },
  // The page's form posts to the next page, as Prototype Kit pages do. The kit
  // stores the answer in the session and redirects 302 to the same path.
  postRequest(participant) {
    return {
      method: 'POST',
      path: '/date-of-birth',
      headers: { ...cookieHeaders(participant), 'content-type': formType },
      body: formBody({ postcode }),
      expectedStatus: 302,
    };
  },
};

/** @type {Target} */
export const barePage = {
  key: 'C',
  name: 'bare page',
  start(port, options = {}) {
    return new ServerProcess(this.name, process.execPath, [...(options.nodeArgs ?? []), barePageEntry], {
      cwd: projectRoot,
      env: serverEnv({ PORT: String(port), ...options.env }),
    });
  },
  async openQuestion(baseUrl) {
    const question = await expectStatus(`${baseUrl}/postcode`, 200);
    return { cookie: '', csrfToken: csrfTokenOf(question.text) };
  },
  getRequest(participant) {
    return { method: 'GET', path: '/postcode', headers: cookieHeaders(participant), expectedStatus: 200 };
  },
  postRequest(participant) {
    return {
      method: 'POST',
      path: '/postcode',
      headers: { ...cookieHeaders(participant), 'content-type': formType },
      body: formBody({ postcode, _csrf: participant.csrfToken ?? '' }),
      expectedStatus: 303,
    };
  },
};

/** In the order the benchmark interleaves them. */
export const targets = [journeyKit, prototypeKit, barePage];
