import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPagePaths, requireDist } from '../helpers/dist';
import { budgetProblems, weighPage } from '../helpers/page-weight';

beforeAll(requireDist);

describe('page weight of the built site', () => {
  it('keeps every page within its budget (content pages: no JS, HTML ≤ 14 KB, all ≤ 30 KB gzip)', () => {
    const problems = builtPagePaths().flatMap((path) => {
      const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      return budgetProblems(
        path,
        weighPage(html, (asset) => readFileSync(join(DIST, asset))),
      );
    });
    expect(problems).toEqual([]);
  });
});
