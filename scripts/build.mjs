// The site build: check the content with editors' messages, build with Astro, index with Pagefind.
// Each step stops the build when it fails.
import { spawnSync } from 'node:child_process';
import { BUILD_STEPS } from './lib/build-steps.mjs';

for (const { command, args } of BUILD_STEPS) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
