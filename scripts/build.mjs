// The site build: check the content with editors' messages, build with Astro, index with Pagefind.
// Each step stops the build when it fails.
import { spawnSync } from 'node:child_process';
import { BUILD_STEPS, stepEnv } from './lib/build-steps.mjs';

for (const step of BUILD_STEPS) {
  const { status } = spawnSync(step.command, step.args, { stdio: 'inherit', env: stepEnv(step) });
  if (status !== 0) process.exit(status ?? 1);
}
