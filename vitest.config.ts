import { defineConfig } from 'vitest/config';

// unit: pure functions and schemas (fast, no build); build: the built dist/;
// browser: Chromium over dist/; e2e: builds of broken copies of the site.
export default defineConfig({
  test: {
    // src/lib is the pure, tested layer: the unit run fails when its line coverage drops below 90 %.
    // Coverage is collected only when asked for (--coverage), as npm test's unit step does.
    coverage: { provider: 'v8', include: ['src/lib/**'], reporter: ['text-summary', 'text'], thresholds: { lines: 90 } },
    projects: [
      // The scaffold and VS Code tests start processes: room for a busy machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, maxConcurrency: 4 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
    ],
  },
});
