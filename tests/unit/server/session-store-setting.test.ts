import { describe, expect, it } from 'vitest';

import { ConfigurationError } from '../../../src/server/config.js';
import { parseSessionStoreSetting } from '../../../src/server/session-store.js';
import { redactRedisUrl } from '../../../src/stores/redis-url.js';

describe('SESSION_STORE setting', () => {
  it.each([undefined, '', '  ', 'sqlite'])('keeps %j sessions in SQLite', (value) => {
    expect(parseSessionStoreSetting(value)).toEqual({ kind: 'sqlite' });
  });

  it.each(['redis://127.0.0.1:6379', 'rediss://user:secret@cache.example:6380/1', 'REDIS://127.0.0.1:6379'])(
    'keeps %j sessions in Redis',
    (value) => {
      expect(parseSessionStoreSetting(value)).toEqual({ kind: 'redis', url: value });
    },
  );

  it.each(['nonsense', 'redis://127.0.0.1:99999', 'redis://[::1', 'postgres://127.0.0.1'])('rejects %j', (value) => {
    expect(() => parseSessionStoreSetting(value)).toThrow(ConfigurationError);
  });

  it('hides the password of a rejected value', () => {
    expect(() => parseSessionStoreSetting('redis//user:secretpw@host')).toThrow(/user:\*\*\*@host/);
    expect(() => parseSessionStoreSetting('redis//user:secretpw@host')).not.toThrow(/secretpw/);
  });
});

describe('redactRedisUrl', () => {
  it.each([
    ['redis://user:secretpw@cache:6379/0', 'redis://user:***@cache:6379/0'],
    ['redis://cache:6379', 'redis://cache:6379'],
    ['redis//user:secretpw@host', 'redis//user:***@host'],
    ['not a url', 'not a url'],
  ])('shows %j as %j', (url, shown) => {
    expect(redactRedisUrl(url)).toBe(shown);
  });
});
