import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../helpers/site-copy';

// A clean build prints nothing an editor cannot act on: no bundler or highlighter warnings.
describe('a clean build of the sample content', () => {
  let site: SiteCopy;
  let result: { status: number | null; output: string };
  beforeAll(() => {
    site = copySite();
    const run = site.run('scripts/build.mjs');
    // Colours, when a terminal asks for them, are not part of what is printed.
    result = { ...run, output: stripVTControlCharacters(run.output) };
  });
  afterAll(() => site?.remove());

  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('[build] Complete!');
  });

  it('prints no warning from Astro, Vite or Rolldown', () => {
    const warnings = result.output.split('\n').filter((line) => /\[WARN\]|MODULE_LEVEL_DIRECTIVE|Shiki|\(!\)/.test(line));
    expect(warnings).toEqual([]);
  });
});
