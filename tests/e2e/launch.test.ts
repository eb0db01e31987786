import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../helpers/site-copy';

/** Every HTML file under dir. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

describe('npm run check:launch on a copy of the site', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = copySite();
  });
  afterAll(() => site?.remove());

  it('fails on the sample content and names each placeholder with its file', () => {
    const result = site.run('scripts/check-launch.ts');
    expect(result.status).toBe(1);
    expect(result.output).toContain('Сайтът още не е готов за публикуване: 12 заместителя.');
    for (const expected of [
      /• content\/site\.yaml: организацията, която поддържа сайта, не е посочена/,
      /• content\/site\.yaml: няма имейл за обратна връзка/,
      /• content\/site\.yaml: адресът на сайта е временен \(https:\/\/vidimost\.example\)/,
      /• content\/site\.yaml: бюлетинът не е свързан/,
      /• content\/site\.yaml: лицензът на отворените данни \(\/danni\/\) не е определен/,
      /• content\/organizations\/fondatsia-za-nashite-detsa\.yaml: IBAN-ът за дарения на Фондация „За Нашите Деца“ е примерен/,
      /• content\/organizations\/obshtina-kazanlak\.yaml: IBAN-ът за дарения на Община Казанлък е примерен/,
      /• content\/pages\/poveritelnost\.mdx, ред 11: място за попълване/,
      /• content\/pages\/poveritelnost\.mdx, ред 33: място за попълване: „в какъв срок“/,
    ])
      expect(result.output).toMatch(expected);
    // The build's one-line summary never fails the build.
    const summary = site.run('scripts/check-launch.ts', ['--summary']);
    expect(summary.status).toBe(0);
    expect(summary.output).toContain('Пробна версия: 12 заместителя още не са попълнени');
  });

  it('passes once every placeholder is filled in, and the built pages carry no banner', () => {
    site.edit('content/site.yaml', (t) =>
      t
        .replace('url: https://vidimost.example', 'url: https://www.vidimost-proba.bg')
        .replace(/^urlIsPlaceholder: true\n/m, '')
        .replace(/ {2}name: Организацията.*\n {2}isPlaceholder: true\n/, '  name: Сдружение „Проба“\n  email: info@vidimost-proba.bg\n')
        .replace('provider: none', 'provider: generic\n  action: https://lists.vidimost-proba.bg/subscribe')
        .concat('openData:\n  licence: CC BY 4.0\n  licenceUrl: https://creativecommons.org/licenses/by/4.0/deed.bg\n'),
    );
    for (const file of ['content/organizations/fondatsia-za-nashite-detsa.yaml', 'content/organizations/obshtina-kazanlak.yaml']) {
      site.edit(file, (t) => t.replace(/iban: BG\d\d ZZZZ.*\n/, 'iban: BG80 BNBG 9661 1020 3456 78\n').replace(/^ {2}ibanIsExample: true\n/m, ''));
    }
    site.edit('content/pages/poveritelnost.mdx', (t) => t.replace(/ Местата, които[^\n]*/, '').replace(/\*\*\[ПОПЪЛНЕТЕ: ([^\]]*)\]\*\*/g, 'попълнено: $1'));

    const check = site.run('scripts/check-launch.ts');
    expect(check.output).toContain('Няма заместители');
    expect(check.status).toBe(0);
    expect(site.run('scripts/check-launch.ts', ['--summary']).output.trim()).toBe('Няма заместители.');

    const build = site.run('node_modules/astro/bin/astro.mjs', ['build']);
    expect(build.status, build.output).toBe(0);
    const pages = htmlFiles(join(site.root, 'dist'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(readFileSync(page, 'utf8'), page).not.toContain('trial-banner');
    // With the operator's e-mail set, project, organization and news pages offer a filled e-mail.
    const mailto = (path: string) =>
      /href="(mailto:[^"]+)"[^>]*>Съобщете за грешка/.exec(readFileSync(join(site.root, 'dist', path), 'utf8'))?.[1]?.replaceAll('&amp;', '&');
    const project = new URL(mailto('proekti/shans-za-nashite-detsa/index.html')!);
    expect(project.pathname).toBe('info@vidimost-proba.bg');
    expect(project.searchParams.get('subject')).toBe('Грешка на страница „Шанс за нашите деца“');
    expect(project.searchParams.get('body')).toContain(
      'Адрес: https://www.vidimost-proba.bg/proekti/shans-za-nashite-detsa/\r\nНомер на договора: BG05M9OP001-2.004-0049',
    );
    expect(mailto('organizatsii/obshtina-haskovo/index.html')).toContain('mailto:info@vidimost-proba.bg?subject=');
    expect(mailto('novini/shans-za-nashite-detsa-prez-2019/index.html')).toContain('mailto:info@vidimost-proba.bg?subject=');
    expect(existsSync(join(site.root, 'dist', 'index.html'))).toBe(true);
  }, 240_000);
});
