// The steps of the site build, in order: scripts/build.mjs runs them, and the build-scale
// benchmark times each, so the benchmark always measures the build as it is.
export const BUILD_STEPS = [
  // YAML, schemas, references and EU publicity in one run; quiet (two lines) when all is well.
  { name: 'check', command: 'node', args: ['scripts/check-content.ts', '--build'] },
  // One line naming how many placeholders are still live (the banner shows while any is).
  { name: 'launch check', command: 'node', args: ['scripts/check-launch.ts', '--summary'] },
  { name: 'fonts', command: 'node', args: ['scripts/subset-font.mjs'] },
  { name: 'astro build', command: 'astro', args: ['build'] },
  // Pagefind, with the stems Bulgarian needs added to what it indexes (not to the pages).
  { name: 'search index', command: 'node', args: ['scripts/search-index.ts'] },
];
