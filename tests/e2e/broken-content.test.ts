import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../helpers/dist';
import { copySite, type SiteCopy } from '../helpers/site-copy';

/** sha256 of every file under a folder, by relative path. */
function fingerprints(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[relative(root, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return out;
}

const PROJECT = 'content/projects/shans-za-nashite-detsa.mdx';
const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** Each case breaks the project file of seed 000 in one way an editor might. */
const cases: { name: string; change: (text: string) => string; expected: RegExp }[] = [
  {
    name: 'a missing title',
    change: (t) => t.replace(/^title: .*\n/m, ''),
    expected: /content\/projects\/shans-za-nashite-detsa\.mdx: поле title: липсва, а е задължително/,
  },
  {
    name: 'a date written 31.02.2020',
    change: (t) => t.replace('period:\n', 'period:\n  start: 31.02.2020\n'),
    expected: /shans-za-nashite-detsa\.mdx, ред \d+: поле period\.start: „31\.02\.2020“ не е валидна дата; пишете ГГГГ-ММ-ДД, напр\. 2020-02-29/,
  },
  {
    name: 'an unquoted impossible date 2020-02-31',
    change: (t) => t.replace('period:\n', 'period:\n  start: 2020-02-31\n'),
    expected: /shans-za-nashite-detsa\.mdx, ред \d+: поле period\.start: „2020-02-31“ не е валидна дата/,
  },
  {
    name: 'an unknown organization id',
    change: (t) => t.replace('lead: obshtina-haskovo', 'lead: obshtina-haskovoo'),
    expected: /shans-za-nashite-detsa\.mdx, ред 4: поле lead: „obshtina-haskovoo“ не съществува в content\/organizations/,
  },
  {
    name: 'an amount that is not a number',
    change: (t) => t.replace('amount: 867896.82', 'amount: 867 896,82'),
    expected: /shans-za-nashite-detsa\.mdx, ред \d+: поле totalCost\.amount: „867 896,82“ не е число/,
  },
  {
    name: 'an unclosed quote',
    change: (t) => t.replace('title: Шанс за нашите деца', 'title: "Шанс за нашите деца'),
    expected: /shans-za-nashite-detsa\.mdx, ред 2: поле title: незатворени кавички в „title: "Шанс за нашите деца“/,
  },
  {
    name: 'a bad indent',
    change: (t) => t.replace('\nchecked: ', '\n  checked: '),
    expected: /shans-za-nashite-detsa\.mdx, ред 5: поле checked: грешен отстъп: редът „checked: 2026-11-23“/,
  },
  {
    name: 'an image without alt text',
    change: (t) => t.replace('\nchecked: ', '\nimages:\n  - src: ../media/snimka.jpg\nchecked: '),
    expected: /shans-za-nashite-detsa\.mdx, ред 6: поле images\[1\]\.alt: липсва описание на снимката \(alt\); опишете с едно изречение какво се вижда/,
  },
  {
    name: 'an empty alt text',
    change: (t) => t.replace('\nchecked: ', '\nimages:\n  - src: ../media/snimka.jpg\n    alt: ""\nchecked: '),
    expected: /shans-za-nashite-detsa\.mdx, ред 7: поле images\[1\]\.alt: е празно; опишете с едно изречение какво се вижда/,
  },
  {
    name: 'an image file that is not there',
    change: (t) => t.replace('\nchecked: ', '\nimages:\n  - src: ../media/nyama-ya.jpg\n    alt: Пример – описание\nchecked: '),
    expected:
      /shans-za-nashite-detsa\.mdx, ред 6: поле images\[1\]\.src: файлът content\/media\/nyama-ya\.jpg не съществува; качете снимката там или поправете пътя/,
  },
  {
    name: 'a tab',
    change: (t) => t.replace('  months: 26', '\tmonths: 26'),
    expected: /shans-za-nashite-detsa\.mdx, ред \d+: поле months: в началото на реда „months: 26“ има табулация/,
  },
];

describe('a broken copy of the site', () => {
  let site: SiteCopy;
  let original: string;
  beforeAll(() => {
    site = copySite();
    site.edit(PROJECT, (t) => (original = t));
  });
  afterAll(() => site?.remove());

  it.each(cases)('fails the build with the editor’s message for $name', ({ change, expected }) => {
    site.write(PROJECT, change(original));
    const result = site.run('scripts/build.mjs');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(expected);
    expect(result.output).toContain('сайтът не е построен');
  });

  it('fails even when Astro builds without the content check first: an impossible unquoted date', () => {
    site.write(PROJECT, original.replace('period:\n', 'period:\n  start: 2020-02-31\n'));
    const result = site.run(ASTRO, ['build']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/projects\/shans-za-nashite-detsa\.mdx, ред \d+: поле period\.start: „2020-02-31“ не е валидна дата/);
  });

  it('fails even when Astro builds without the content check first: a bad indent, named in Bulgarian', () => {
    site.write(PROJECT, original.replace('\nchecked: ', '\n  checked: '));
    const result = site.run(ASTRO, ['build']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/projects\/shans-za-nashite-detsa\.mdx, ред 5: поле checked: грешен отстъп/);
  });

  it('fails even when Astro builds without the content check first: an unknown organization', () => {
    site.write(PROJECT, original.replace('lead: obshtina-haskovo', 'lead: obshtina-haskovoo'));
    const result = site.run(ASTRO, ['build']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/поле lead: „obshtina-haskovoo“ не съществува/);
  });

  it('fails even when Astro builds without the content check first: an image file that is not there', () => {
    site.write(PROJECT, original.replace('\nchecked: ', '\nimages:\n  - src: ../media/nyama-ya.jpg\n    alt: Пример – описание\nchecked: '));
    const result = site.run(ASTRO, ['build']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/projects\/shans-za-nashite-detsa\.mdx, ред 6: поле images\[1\]\.src: файлът content\/media\/nyama-ya\.jpg не съществува/,
    );
  });

  it('builds again once the file is mended, byte for byte as the site under test', () => {
    requireDist();
    site.write(PROJECT, original);
    // The same build date as the build under test: BUILD_DATE if set, else the last commit's day.
    const date = process.env.BUILD_DATE || execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8' }).trim();
    const result = site.run('scripts/build.mjs', [], { BUILD_DATE: date });
    expect(result.output).not.toMatch(/не е валидна|не съществува/);
    expect(result.status).toBe(0);
    const mine = fingerprints(DIST);
    const theirs = fingerprints(join(site.root, 'dist'));
    const differing = Object.keys({ ...mine, ...theirs })
      .filter((file) => mine[file] !== theirs[file])
      .sort();
    expect(differing, 'files that differ between two builds of the same commit').toEqual([]);
  });
});
