/**
 * The A3 poster of a 2021-2027 project, which the sample content does not have: on a copy of the
 * site, „Бъдеще за всяко дете“ (funding not stated, so no poster) gets a source from the
 * 2021-2027 programme, as its register entry names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../helpers/dist';
import { copySite, type SiteCopy } from '../helpers/site-copy';

const PROJECT = 'content/projects/badeshte-za-vsyako-dete.mdx';
const POSTER = 'dist/proekti/badeshte-za-vsyako-dete/plakat/index.html';

describe('the poster of a 2021-2027 project, on a copy of the site', () => {
  let site: SiteCopy;
  let build: { status: number | null; output: string };
  beforeAll(() => {
    site = copySite();
    expect(existsSync(join(site.root, POSTER))).toBe(false);
    site.edit(PROJECT, (text) =>
      text.replace(/^places:\n/m, 'funding:\n  - programme: prchr-2021-2027\n    contractNumber: BG05SFPR002-2.003-0107\nplaces:\n'),
    );
    build = site.run('scripts/build.mjs');
  }, 600_000);
  afterAll(() => site?.remove());

  it('builds, with a poster for the project that now has an EU source', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(site.root, POSTER))).toBe(true);
  });

  it('says „Съфинансирано от Европейския съюз“ beside the emblem, and cites Art. 50 of 2021/1060', () => {
    const doc = parse(readFileSync(join(site.root, POSTER), 'utf8'));
    expect(textOf(doc.querySelector('.poster__caption'))).toBe('Съфинансирано от Европейския съюз');
    expect(doc.querySelector('article.poster svg.eu-emblem')).not.toBeNull();
    expect(textOf(doc.querySelector('.poster-help'))).toContain('член 50, параграф 1, буква г) от Регламент (ЕС) 2021/1060');
    expect(textOf(doc.querySelector('.poster-help'))).not.toContain('1303/2013');
    const sheet = textOf(doc.querySelector('article.poster'));
    expect(sheet).toContain('Програма „Развитие на човешките ресурси“ 2021-2027');
    expect(sheet).toContain('BG05SFPR002-2.003-0107');
    expect(sheet).not.toContain('Европейски социален фонд Бъдеще');
  });
});
