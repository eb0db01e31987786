import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceView } from '../../src/lib/source';
import { strings } from '../../src/i18n';

const ui = strings('bg');
import { newsSchema } from '../../src/schemas/news';
import { projectSchema } from '../../src/schemas/project';

const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const filesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f));

describe('every project and news item names its source', () => {
  const files = [...filesIn('content/projects'), ...filesIn('content/news')];

  it.each(files)('%s has a source with a title', (file) => {
    const schema = file.includes('/projects/') ? projectSchema : newsSchema;
    const data = schema.parse(frontMatter(file));
    expect(data.source, `${file}: няма поле source`).toBeDefined();
    expect(data.source!.title.length).toBeGreaterThan(0);
  });
});

describe('the source sentence', () => {
  it('names the publisher, the page and what its date means', () => {
    const view = sourceView({ publisher: 'Община Хасково', title: 'Шанс', date: '2022-08-11', dateKind: 'changed' }, ui.source, ui.date);
    expect(`${view.who} „${view.title}“, ${view.when}`).toBe('страница на Община Хасково „Шанс“, последна промяна 11.08.2022\u00a0г.');
    expect(sourceView({ title: 'Т', date: '2023-10-09', dateKind: 'published' }, ui.source, ui.date).when).toBe('публикувана на 09.10.2023\u00a0г.');
    expect(sourceView({ title: 'Т', date: '2016-12-20', dateKind: 'shown' }, ui.source, ui.date).when).toBe('с дата 20.12.2016\u00a0г.');
  });

  it('writes the date in the page language on an English page', () => {
    const en = strings('en');
    expect(sourceView({ publisher: 'Община Хасково', title: 'Шанс', date: '2022-08-11', dateKind: 'changed' }, en.source, en.date).when).toBe(
      'last changed 11\u00a0August 2022',
    );
  });

  it('says so when the publisher is not known, and gives no date when the source has none', () => {
    const view = sourceView({ title: 'Т' }, ui.source, ui.date);
    expect(view.who).toBe('страница без посочен издател');
    expect(view.when).toBeUndefined();
  });

  it('rejects a date without its meaning, and a meaning without a date', () => {
    const base = { title: 'Проект', summary: 'Кратко.', lead: 'org' };
    expect(projectSchema.safeParse({ ...base, source: { title: 'Т', date: '2022-08-11' } }).success).toBe(false);
    expect(projectSchema.safeParse({ ...base, source: { title: 'Т', dateKind: 'changed' } }).success).toBe(false);
    expect(projectSchema.safeParse({ ...base, source: { title: 'Т', date: '2022-08-11', dateKind: 'changed' } }).success).toBe(true);
  });
});
