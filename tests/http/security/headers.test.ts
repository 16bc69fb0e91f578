import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { createApp, type KitApp } from '../../../src/server/app.js';
import { readConfig } from '../../../src/server/config.js';
import { createLogger } from '../../../src/server/logger.js';
import { startTestKit, type TestKit } from '../../support/test-kit.js';
import { scriptNonceOf, startTags } from './support/html-checks.js';
import { makeTempDir } from './support/temp-dir.js';

const startPage = '/shropshire/benefit-claim/start';
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('security headers', () => {
  it('set a nonce CSP without unsafe-inline', async () => {
    const response = await request(kit.app).get(startPage);
    const csp = response.headers['content-security-policy'] as string;
    const policy = directives(csp);

    expect(response.status).toBe(200);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${scriptNonceOf(csp)}'`]);
    expect(policy.get('style-src')?.[1]).toMatch(/^'nonce-[A-Za-z0-9+/=]{20,}'$/);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('give each response its own nonce, used by every inline element', async () => {
    const first = await request(kit.app).get(startPage);
    const second = await request(kit.app).get(startPage);
    const nonce = scriptNonceOf(first.headers['content-security-policy']);

    expect(nonce).toBeDefined();
    expect(scriptNonceOf(second.headers['content-security-policy'])).not.toBe(nonce);
    const inline = startTags(first.text).filter((tag) => (tag.name === 'script' || tag.name === 'style') && !tag.attributes.has('src'));
    expect(inline.length).toBeGreaterThan(0);
    for (const tag of inline) expect(tag.attributes.get('nonce')).toBe(nonce);
  });

  it('never repeat a nonce', async () => {
    // 300 responses draw more nonces than one refill of the random pool holds.
    const nonces = new Set<string>();
    for (let index = 0; index < 300; index += 1) {
      const response = await request(kit.app).get('/healthz');
      const nonce = scriptNonceOf(response.headers['content-security-policy']);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      nonces.add(nonce!);
    }

    expect(nonces.size).toBe(300);
  });

  it('keep prototypes out of search engines', async () => {
    for (const path of [startPage, '/', '/no-such-page']) {
      const response = await request(kit.app).get(path);
      expect(response.headers['x-robots-tag'], path).toBe('noindex, nofollow');
    }
  });

  it('include the usual helmet headers', async () => {
    const response = await request(kit.app).get(startPage);

    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('apply to error pages too', async () => {
    const response = await request(kit.app).get('/no-such-page');

    expect(response.status).toBe(404);
    expect(response.headers['content-security-policy']).toContain("'nonce-");
    expect(response.text).toContain('<title>Page not found</title>');
  });
});

describe('session cookie', () => {
  it('is HttpOnly and SameSite=Lax, not Secure over plain HTTP', async () => {
    const response = await request(kit.app).get(startPage);
    const cookie = (response.headers['set-cookie'] as unknown as string[])[0]!;
    const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());

    expect(cookie).toMatch(/^journey-kit\.sid=s%3A/);
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    expect(attributes).not.toContain('secure');
  });

  describe('in production behind an HTTPS proxy', () => {
    let production: KitApp;
    let removeDir: () => void;

    beforeAll(async () => {
      const dir = makeTempDir();
      removeDir = dir.remove;
      const config = { ...readConfig({ NODE_ENV: 'production' }), dataDir: dir.path, sessionSecret: 'test-secret-that-is-long-enough-to-use' };
      production = createApp(config, await loadJourneys(), createLogger('silent'));
    });
    afterAll(() => {
      production.close();
      removeDir();
    });

    it('is Secure when the proxy says HTTPS', async () => {
      const response = await request(production.app).get(startPage).set('X-Forwarded-Proto', 'https');
      const cookie = (response.headers['set-cookie'] as unknown as string[])[0]!;

      expect(cookie.toLowerCase()).toContain('; secure');
    });

    it('is not Secure over plain HTTP, so a local run still works', async () => {
      const response = await request(production.app).get(startPage);
      const cookie = (response.headers['set-cookie'] as unknown as string[])[0]!;

      expect(response.status).toBe(200);
      expect(cookie.toLowerCase()).not.toContain('; secure');
    });
  });
});
