// The steps of the site build, in order: scripts/build.mjs runs them, and the build-scale
// benchmark times each, so the benchmark always measures the build as it is.

/**
 * Astro's memory, measured at 3,000 and 10,000 synthetic projects: the bundling phase holds
 * most of it, and not in JavaScript's heap but natively, in the bundler (Rolldown: 1.8–2 GiB
 * for the 20,000 modules of 10,000 MDX entries); the heap also grows far beyond what is alive
 * (under 0.9 GiB at 10,000), because V8 collects late when it may use 4 GiB.
 * - a 1.5 GiB heap limit: V8 collects sooner;
 * - MIMALLOC_PURGE_DELAY=0: Rolldown's allocator (mimalloc) returns freed pages at once, not
 *   after a delay its idle threads never reach;
 * - MALLOC_ARENA_MAX=2: glibc's allocator (the Markdown and CSS compilers) keeps two arenas,
 *   not eight per core.
 * Peak at 3,000 projects: 1.70 GiB without them, 1.40 with a heap limit alone, 1.43 with the
 * allocator settings alone; at 10,000 with all three 2.6 GiB (3.3 without), still over 2 GiB.
 * None of them changes what is built (dist/ is byte-identical with and without).
 */
const ASTRO_MEMORY = { NODE_OPTIONS: '--max-old-space-size=1536', MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' };

export const BUILD_STEPS = [
  // YAML, schemas, references and EU publicity in one run; quiet (two lines) when all is well.
  { name: 'check', command: 'node', args: ['scripts/check-content.ts', '--build'] },
  // One line naming how many placeholders are still live (the banner shows while any is).
  { name: 'launch check', command: 'node', args: ['scripts/check-launch.ts', '--summary'] },
  { name: 'fonts', command: 'node', args: ['scripts/subset-font.mjs'] },
  { name: 'astro build', command: 'astro', args: ['build'], env: ASTRO_MEMORY },
  // Pagefind, with the stems Bulgarian needs added to what it indexes (not to the pages).
  { name: 'search index', command: 'node', args: ['scripts/search-index.ts'] },
];

/**
 * The environment a step runs in: the caller's, with the step's own settings. NODE_OPTIONS are
 * joined, the caller's last, so that they win: above about 15,000 projects what is alive on
 * the heap nears 1.5 GiB (0.9 GiB at 10,000), and NODE_OPTIONS=--max-old-space-size=4096 npm
 * run build raises the limit.
 */
export function stepEnv(step, env = process.env) {
  const own = step.env ?? {};
  const nodeOptions = [own.NODE_OPTIONS, env.NODE_OPTIONS].filter(Boolean).join(' ');
  return { ...env, ...own, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) };
}
