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

  it('keeps the NODE_OPTIONS the caller set, after its own, so that a larger heap limit from the caller wins', () => {
    const env = stepEnv(astro, { NODE_OPTIONS: '--max-old-space-size=4096' });
    expect(env.NODE_OPTIONS?.split(' ')).toEqual([expect.stringMatching(/^--max-old-space-size=\d+$/), '--max-old-space-size=4096']);
  });

  it('leaves the other steps’ environment as the caller gave it', () => {
    const check = BUILD_STEPS.find((s) => s.name === 'check')!;
    expect(stepEnv(check, { PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });
});
