import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPagePaths, requireDist } from '../helpers/dist';
import { javaUnavailableReason, validateHtml } from '../helpers/vnu';

const skip = Boolean(javaUnavailableReason());

describe.skipIf(skip)('HTML validity (W3C Nu HTML Checker)', () => {
  beforeAll(requireDist);

  it('finds no error in any built page', () => {
    const files = builtPagePaths().map((p) => join(DIST, p.endsWith('/') ? `${p}index.html` : p));
    const errors = validateHtml(files).map((e) => `${relative(DIST, e.file)}:${e.line}: ${e.message}`);
    expect(errors).toEqual([]);
  });

  it('catches invalid nesting, which Astro 7 no longer mends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    const file = join(dir, 'bad.html');
    writeFileSync(file, '<!doctype html><html lang="bg"><head><meta charset="utf-8"><title>x</title></head><body><p>текст <div>блок</div></p></body></html>');
    expect(
      validateHtml([file])
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/No “p” element in scope/);
  });
});
