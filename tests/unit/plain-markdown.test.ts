import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../src/loaders/index.ts';

describe('which MDX bodies are rendered as Markdown in the content layer', () => {
  it('takes text, lists, links, emphasis and headings', () => {
    expect(isPlainMarkdown('## Дейности\n\nТекст с [връзка](https://example.org) и **удебеляване**.\n\n- едно\n  - две\n\n> цитат\n')).toBe(true);
  });

  it.for([
    ['a component', 'Текст\n\n<Chart data={x} />\n'],
    ['HTML', 'Текст <abbr title="Европейски съюз">ЕС</abbr>.'],
    ['an autolink, which MDX reads as a tag', 'Виж <https://example.org>.'],
    ['an expression', 'Общо {total} деца.'],
    ['an import', "import Chart from '../x.astro';\n\nТекст"],
    ['an export', 'export const x = 1;\n\nТекст'],
    ['an indented line, code in Markdown but text in MDX', 'Текст\n\n    отместен ред\n'],
    ['a tab-indented line', 'Текст\n\n\tотместен ред\n'],
  ])('leaves to MDX a body with %s', ([, body]) => {
    expect(isPlainMarkdown(body!)).toBe(false);
  });

  it('takes every sample project body', () => {
    const dir = 'content/projects';
    const bodies = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/^---$/m).slice(2).join('---'));
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((b) => !isPlainMarkdown(b))).toEqual([]);
  });
});
