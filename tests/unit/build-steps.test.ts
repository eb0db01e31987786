import { describe, expect, it } from 'vitest';
import { BUILD_STEPS, stepEnv } from '../../scripts/lib/build-steps.mjs';

// The memory settings of the Astro step reach its process, whether run by npm run build or by the benchmark.
describe('the build steps’ environment', () => {
  const astro = BUILD_STEPS.find((s) => s.name === 'astro build')!;

  it('gives the Astro step its heap limit and allocator settings, on top of the caller’s environment', () => {
    const env = stepEnv(astro, { PATH: '/bin', BUILD_DATE: '2026-11-23' });
    expect(env.PATH).toBe('/bin');
    expect(env.BUILD_DATE).toBe('2026-11-23');
    expect(env.NODE_OPTIONS).toMatch(/--max-old-space-size=\d+/);
    expect(env.MIMALLOC_PURGE_DELAY).toBe('0');
    expect(env.MALLOC_ARENA_MAX).toBe('2');
  });

  it('adds to NODE_OPTIONS the caller already set instead of replacing them', () => {
    const env = stepEnv(astro, { NODE_OPTIONS: '--enable-source-maps' });
    expect(env.NODE_OPTIONS?.split(' ')).toEqual(['--enable-source-maps', expect.stringMatching(/^--max-old-space-size=/)]);
  });

  it('leaves the other steps’ environment as the caller gave it', () => {
    const check = BUILD_STEPS.find((s) => s.name === 'check')!;
    expect(stepEnv(check, { PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });
});
