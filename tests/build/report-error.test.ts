import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, requireDist } from '../helpers/dist';

beforeAll(requireDist);

const site = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'site.yaml'), 'utf8'));

describe('„Съобщете за грешка“ on the sample content', () => {
  it('is not shown anywhere while content/site.yaml has no operator e-mail', () => {
    expect(site.operator.email).toBeUndefined();
    for (const path of builtPagePaths()) {
      const { html } = readPage(path);
      expect(html, path).not.toContain('Съобщете за грешка');
      expect(html, path).not.toContain('subject=');
    }
  });
});
