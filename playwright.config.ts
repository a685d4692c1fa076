import { defineConfig, devices } from '@playwright/test';

// LUMBUNG_E2E_PORT lets two runs share a machine; 3107 otherwise.
const port = Number(process.env.LUMBUNG_E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

/*
 * Browser journeys against the real app (demo data, fresh data folder per run) in Debian's
 * Chromium. Playwright never downloads a browser here: `scripts/ensure-chromium.mjs` installs
 * /usr/bin/chromium when it is missing.
 */
export default defineConfig({
  testDir: 'e2e',
  // Keep vitest's JSON reports in test-results/: Playwright empties its outputDir on start.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: a 2-core machine may be busy with other work while the journeys run.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: { PORT: String(port) },
  },
});
