import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCmsConfig, type CmsField } from '../../src/lib/cms-config';
import { formatMdxEntry, formatYamlEntry, splitFrontMatter } from '../../src/lib/cms-format';
import { cmsCollections } from '../../src/integrations/cms-collections';
import { redirectsSchema } from '../../src/schemas';

const ROOT = join(import.meta.dirname, '..', '..');
const config = buildCmsConfig({ collections: cmsCollections() });

interface Target {
  path: string;
  fields: CmsField[];
  mdx: boolean;
}
const targets: Target[] = (
  config.collections as { folder?: string; extension?: string; fields?: CmsField[]; files?: { file: string; fields: CmsField[] }[] }[]
).flatMap((c) =>
  c.folder
    ? readdirSync(join(ROOT, c.folder))
        .filter((f) => f.endsWith(`.${c.extension}`))
        .map((f) => ({ path: `${c.folder}/${f}`, fields: c.fields!, mdx: c.extension === 'mdx' }))
    : c.files!.map((f) => ({ path: f.file, fields: f.fields, mdx: false })),
);

/** What the CMS writes when it saves the file's data unchanged. */
function saved(target: Target, source: string, change: (data: Record<string, unknown>) => void = () => undefined): string {
  if (target.mdx) {
    const { head, body } = splitFrontMatter(source);
    const data = parse(head) as Record<string, unknown>;
    change(data);
    return formatMdxEntry(data, body, target.fields);
  }
  const data = (parse(source) ?? {}) as Record<string, unknown>;
  change(data);
  return formatYamlEntry(data, target.fields);
}

describe('the sample content in the format the editor saves', () => {
  it('covers every collection', () => {
    expect(targets.length).toBeGreaterThan(20);
    for (const folder of ['projects', 'news', 'organizations', 'programmes', 'pages'])
      expect(targets.some((t) => t.path.startsWith(`content/${folder}/`))).toBe(true);
  });

  for (const target of targets) {
    it(`${target.path} comes back byte for byte`, () => {
      const source = readFileSync(join(ROOT, target.path), 'utf8');
      expect(saved(target, source)).toBe(source);
    });
  }

  it('content/redirects.yaml: an empty list is written as {} by the editor, which the check accepts', () => {
    // The one known difference: `redirects` is optional, so the CMS leaves an empty list out.
    const target = targets.find((t) => t.path === 'content/redirects.yaml')!;
    const source = 'redirects: []\n';
    const written = saved(target, source);
    expect(written).toBe('{}\n');
    expect(redirectsSchema.safeParse(parse(written)).success).toBe(true);
    const withOne = saved(target, source, (d) => {
      d.redirects = [{ from: '/proekti/star/', to: '/proekti/nov/' }];
    });
    expect(withOne).toBe('redirects:\n  - from: /proekti/star/\n    to: /proekti/nov/\n');
  });

  it('turns a change of one figure into a one-line diff', () => {
    const target = targets.find((t) => t.path === 'content/projects/shans-za-nashite-detsa.mdx')!;
    const source = readFileSync(join(ROOT, target.path), 'utf8');
    const written = saved(target, source, (d) => {
      (d.reach as { total: number }[])[0]!.total = 450;
    });
    const before = source.split('\n');
    const after = written.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(changed).toEqual([['    total: 443', '    total: 450']]);
  });
});
