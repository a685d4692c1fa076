import { defineConfig } from 'vitest/config';

/*
 * Two projects, selected with `vitest run --project <name>`:
 *   unit — src/domain: pure rules, fast, no database.
 *   api  — src/server: through the HTTP API on a real database. In-memory PGlite by default;
 *          with LUMBUNG_TEST_PG=1 each test file gets its own throwaway PostgreSQL database
 *          (see src/server/test/database.ts).
 * This file takes precedence over vite.config.ts, so the web app's Vite settings (root, plugins)
 * never leak into these tests. Browser journeys live in e2e/ and run under Playwright.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    exclude: ['**/node_modules/**', 'e2e/**', 'dist/**', 'data/**', 'bench/**'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['src/server/**/*.test.ts'],
          environment: 'node',
          // Drops the file's throwaway PostgreSQL databases after its own afterAll hooks.
          setupFiles: ['src/server/test/setup.ts'],
          // Checks the PostgreSQL server once per run and clears databases of crashed runs.
          globalSetup: ['src/server/test/global-setup.ts'],
        },
      },
    ],
  },
});
