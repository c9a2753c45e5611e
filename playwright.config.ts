import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// A free port, chosen once: Playwright loads this config in the runner and in each worker,
// so the choice is handed down through the environment.
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script]).toString().trim());
}
process.env.PORT ||= String(freePort());
const PORT = Number(process.env.PORT);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: '**/playground-bench.spec.ts',
    },
    // The latency report runs once every other test has finished, alone on the machine: a second
    // browser busy with other specs on these two cores measured the suite, not the editor.
    {
      name: 'latency',
      use: { ...devices['Desktop Chrome'] },
      testMatch: '**/playground-bench.spec.ts',
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    // The site is built by `npm run build` before the e2e step of `npm test`.
    command: `node bin/serve-static.mjs ${PORT} out`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
