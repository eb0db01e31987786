import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkEverything, formatProblem } from '../../src/checks/problems';
import { buildCmsConfig, type CmsField } from '../../src/lib/cms-config';
import { routesFor } from '../../src/lib/routes';
import { cmsCollections } from '../../src/integrations/cms-collections';
import { newsSchema } from '../../src/schemas/news';
import { organizationSchema } from '../../src/schemas/organization';
import { programmeSchema } from '../../src/schemas/programme';
import { projectSchema } from '../../src/schemas/project';

const ROOT = join(import.meta.dirname, '..', '..');

// Example English text, written for this test only; it is no organization's own.
const project = {
  title: 'Примерен проект',
  summary: 'Кратко описание.',
  lead: 'obshtina-haskovo',
  en: {
    slug: 'example-project',
    title: 'Example project',
    summary: 'A short description.',
    goal: 'An example goal.',
    specificGoals: ['First example goal'],
    activities: [{ title: 'Example activity', text: 'Details.' }],
    targetGroups: ['Children aged 0 to 7'],
    body: 'First paragraph.\n\n## A heading\n\nSecond paragraph.',
  },
};

describe('English fields in the same content file', () => {
  it('are read for projects, news, organizations and programmes, and give the English address', () => {
    const parsed = projectSchema.parse(project);
    expect(parsed.en).toEqual(project.en);
    expect(routesFor('en').project({ id: 'primeren-proekt', data: parsed })).toBe('/en/projects/example-project/');
    expect(routesFor('bg').project({ id: 'primeren-proekt', data: parsed })).toBe('/proekti/primeren-proekt/');
    expect(
      newsSchema.parse({ title: 'Новина', summary: 'Резюме.', en: { slug: 'example-news', title: 'News', summary: 'Summary.', body: 'Text.' } }).en?.slug,
    ).toBe('example-news');
    expect(organizationSchema.parse({ name: 'Община Пример', en: { name: 'Example Municipality', description: 'Text.' } }).en?.name).toBe(
      'Example Municipality',
    );
    expect(programmeSchema.parse({ name: 'Програма', period: 'none', en: { name: 'Programme', shortName: 'P' } }).en?.shortName).toBe('P');
  });

  it('are all optional: without them the English address uses the file name', () => {
    const parsed = projectSchema.parse({ ...project, en: undefined });
    expect(parsed.en).toBeUndefined();
    expect(routesFor('en').project({ id: 'primeren-proekt', data: parsed })).toBe('/en/projects/primeren-proekt/');
  });

  it('reject an English slug with capitals, spaces or Cyrillic, or one a listing owns, in Bulgarian', () => {
    for (const slug of ['Example Project', 'primer-на-кирилица', 'example_project', 'page', 'by-province']) {
      const result = projectSchema.safeParse({ ...project, en: { slug } });
      expect(result.success, slug).toBe(false);
      const issue = result.error!.issues.find((i) => i.path.join('.') === 'en.slug');
      expect(issue?.message, slug).toMatch(
        slug === 'page' || slug === 'by-province' ? /зает от страниците със списъци/ : /не е английски адрес; пишете само малки латински букви, цифри и тирета/,
      );
    }
  });

  it('name an unknown English field and the one probably meant', () => {
    const result = projectSchema.safeParse({ ...project, en: { titel: 'Example' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toMatch(/titel/);
  });
});

describe('the content check names the file, line and field of a wrong English slug', () => {
  let root: string;
  const file = 'content/projects/shans-za-nashite-detsa.mdx';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vidimost-english-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports „Шанс за децата“ as a slug with a Bulgarian message an editor can act on', () => {
    const text = readFileSync(join(root, file), 'utf8');
    const lines = text.split('\n');
    // Example value, written to show the message: not the project's English name.
    lines.splice(1, 0, 'en:', '  slug: Шанс за децата');
    writeFileSync(join(root, file), lines.join('\n'));
    const mine = checkEverything(root).problems.filter((p) => p.file === file);
    expect(mine.map((p) => [p.kind, p.field, p.line])).toEqual([['schema', 'en.slug', 3]]);
    expect(formatProblem(mine[0]!)).toMatch(/shans-za-nashite-detsa\.mdx.*3.*en\.slug[\s\S]*„Шанс за децата“ не е английски адрес/);
  });

  it('reports an English slug that another project has as its file name, with file and line', () => {
    writeFileSync(join(root, file), readFileSync(join(ROOT, file), 'utf8').replace(/^lead: (.*)$/m, 'lead: $1\nen:\n  slug: badeshte-za-vsyako-dete'));
    const mine = checkEverything(root).problems.filter((p) => p.file === file);
    expect(mine.map((p) => [p.kind, p.field, p.line])).toEqual([['schema', 'en.slug', 6]]);
    expect(mine[0]!.message).toBe(
      '„badeshte-za-vsyako-dete“ е английският адрес и на файла badeshte-za-vsyako-dete; всяка страница иска свой адрес, изберете друг',
    );
    writeFileSync(join(root, file), readFileSync(join(ROOT, file), 'utf8'));
    expect(checkEverything(root).problems.map(formatProblem)).toEqual([]);
  });
});

describe('the editor shows the English fields', () => {
  const collections = buildCmsConfig({ collections: cmsCollections() }).collections as { name: string; fields?: CmsField[] }[];
  const en = (name: string) => (collections.find((c) => c.name === name)?.fields ?? []).find((f) => f.name === 'en');

  it.each(['projects', 'news', 'organizations', 'programmes'])('%s: one optional group „Английски текст“ with an English address', (name) => {
    const group = en(name);
    expect(group).toMatchObject({ label: 'Английски текст', widget: 'object', required: false });
    expect((group!.fields as CmsField[]).find((f) => f.name === 'slug')).toMatchObject({ widget: 'string', required: false, label: 'Адрес на английски' });
  });

  it('edits the English body as raw Markdown and sentences in a text area', () => {
    const fields = en('projects')!.fields as CmsField[];
    const byName = (n: string) => fields.find((f) => f.name === n);
    expect(byName('body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    expect(byName('summary')).toMatchObject({ widget: 'text' });
    expect(byName('title')).toMatchObject({ widget: 'string' });
    expect(byName('activities')).toMatchObject({ widget: 'list' });
  });
});

describe("the editors' guide", () => {
  it('shows an English block that the project schema accepts', () => {
    const guide = readFileSync(join(ROOT, 'content', 'README.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Текст на английски'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toMatch(/^en:/);
    const parsed = projectSchema.parse({ ...project, ...parse(example!) });
    expect(parsed.en?.slug).toBe('example-project');
    expect(parsed.en?.body).toMatch(/^The first paragraph\.\n\n## A heading/);
  });
});
