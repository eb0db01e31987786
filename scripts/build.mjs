// The site build: check the content with editors' messages, build with Astro, index with Pagefind.
// Each step stops the build when it fails.
import { spawnSync } from 'node:child_process';

const steps = [
  // YAML, schemas, references and EU publicity in one run; quiet (two lines) when all is well.
  ['node', ['scripts/check-content.ts', '--build']],
  // One line naming how many placeholders are still live (the banner shows while any is).
  ['node', ['scripts/check-launch.ts', '--summary']],
  ['node', ['scripts/subset-font.mjs']],
  ['astro', ['build']],
  // Pagefind, with the stems Bulgarian needs added to what it indexes (not to the pages).
  ['node', ['scripts/search-index.ts']],
];
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
