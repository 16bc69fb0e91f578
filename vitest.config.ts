import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/http/**/*.test.ts', 'tests/load/**/*.test.ts', 'tests/generated/**/*.test.ts'],
    environment: 'node',
    // Child processes rather than worker threads, so that the native better-sqlite3
    // addon and process-wide state such as process.env are separate per test file.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
