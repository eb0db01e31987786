import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { budgetProblems, firstLoadImages, weighPage } from '../helpers/page-weight';

const assets: Record<string, Buffer> = {
  '/s.css': Buffer.from('@font-face{src:url(/f.woff2)} body{color:red}'),
  '/f.woff2': randomBytes(5000),
  '/a.js': Buffer.from('console.log(1)'),
};
const read = (path: string) => assets[path] ?? Buffer.alloc(0);

describe('page weight', () => {
  it('adds up the HTML, its stylesheets, scripts and the fonts they load', () => {
    const w = weighPage('<html><head><link rel="stylesheet" href="/s.css"><script src="/a.js"></script></head><body>x</body></html>', read);
    expect(w.fonts).toBe(5000);
    expect(w.css).toBeGreaterThan(0);
    expect(w.js).toBeGreaterThan(0);
    expect(w.total).toBe(w.html + w.css + w.js + w.fonts);
  });

  it('fails a 40 KB content page and names it with its figures', () => {
    const html = `<html><body>${randomBytes(40 * 1024).toString('base64')}</body></html>`;
    const problems = budgetProblems('/proekti/golyam/', weighPage(html, read));
    expect(problems.join('\n')).toMatch(/^\/proekti\/golyam\/: HTML \d+\.\d KB > 14\.0 KB — HTML/m);
    expect(problems.join('\n')).toMatch(/общо \d+\.\d KB > 30\.0 KB/);
  });

  it('names a stylesheet from another host instead of weighing it', () => {
    const w = weighPage('<html><head><link rel="stylesheet" href="https://fonts.example.org/css?family=Roboto"></head></html>', read);
    expect(budgetProblems('/', w)).toEqual(['/: зарежда https://fonts.example.org/css?family=Roboto от друг сайт; всичко трябва да е от този сайт']);
  });

  it('fails a content page with a script, but allows one on the donation page', () => {
    const w = weighPage('<html><body><script src="/a.js"></script></body></html>', read);
    expect(budgetProblems('/proekti/x/', w)[0]).toMatch(/1 <script> на страница със съдържание/);
    expect(budgetProblems('/darete/', w)).toEqual([]);
  });

  it('lets JSON-LD through on a content page, and nothing that only looks like it', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Thing"}</script>';
    const w = weighPage(`<html><head>${ld}</head><body>x</body></html>`, read);
    expect([w.scripts, w.jsonLd]).toEqual([0, 1]);
    expect(budgetProblems('/proekti/x/', w)).toEqual([]);
    for (const other of [
      '<script type="application/ld+json" src="/a.js"></script>',
      '<script type="application/json+ld">{}</script>',
      '<script type="module">1</script>',
      '<script>1</script>',
    ]) {
      const bad = weighPage(`<html><head>${ld}${other}</head></html>`, read);
      expect(budgetProblems('/proekti/x/', bad)[0], other).toMatch(/1 <script> на страница със съдържание/);
    }
  });

  it('counts an eager image, and a picture once, in the first load; lazy ones not', () => {
    const picture = (loading: string) =>
      `<picture><source srcset="/a.avif 360w, /b.avif 720w" type="image/avif"><source srcset="/a.webp 360w" type="image/webp"><img src="/a.jpg" alt="x" ${loading}></picture>`;
    expect(firstLoadImages(parse(`<main>${picture('')}<img src="/logo.png" alt="y"><img src="data:image/png;base64,AA" alt=""></main>`))).toEqual([
      '/a.avif 360w, /b.avif 720w',
      '/logo.png',
    ]);
    expect(firstLoadImages(parse(`<main>${picture('loading="lazy"')}<img src="/c.jpg" alt="z" loading="lazy"></main>`))).toEqual([]);
    expect(firstLoadImages(parse(`<main>${picture('loading="eager"')}</main>`))).toHaveLength(1);
  });
});
