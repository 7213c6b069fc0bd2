// Mocha root hooks for the end-to-end suite (loaded with --require): stop the shared
// environment after the last test, and save a screenshot of every failed test.
import { e2e, e2eStarted, stopE2E } from './env.mjs';

export const mochaHooks = {
  async afterEach() {
    // Nothing to show before the shared environment is up (a test with an environment of its
    // own, from startE2E, takes its own screenshot).
    if (this.currentTest?.state !== 'failed' || !e2eStarted()) return;
    try {
      const env = await e2e();
      const name = `FAILED-${this.currentTest.fullTitle().replace(/[^\w.-]+/g, '_').slice(0, 120)}`;
      const file = await env.screenshot(name);
      console.log(`      screenshot: ${file}`);
    } catch {
      // the environment itself did not come up: nothing to show
    }
  },
  async afterAll() {
    await stopE2E();
  },
};
