import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDevErrorPage, type ShownProblem } from '../../src/integrations/dev-error-html.ts';
import { createDevChecker, isPageRequest } from '../../src/integrations/dev-error-page.ts';

const problem = (p: Partial<ShownProblem>): ShownProblem => ({ file: 'content/projects/a.mdx', message: 'нещо не е наред', kind: 'schema', ...p });

describe('the dev error page', () => {
  it('says how many problems in its title and lists each under its file, with line, field and the line text', () => {
    const html = renderDevErrorPage(
      [
        problem({ line: 12, field: 'period.start', message: '„2020-02-31“ не е валидна дата; пишете ГГГГ-ММ-ДД', lineText: '  start: "2020-02-31"' }),
        problem({ file: 'content/organizations/b.yaml', line: 3, kind: 'yaml', message: 'табулация', lineText: '\tname: Б' }),
      ],
      'abc',
    );
    expect(html).toContain('<html lang="bg">');
    expect(html).toContain('<title>Съдържанието има 2 грешки');
    expect(html).toMatch(/<h2>content\/projects\/a\.mdx \(1 грешка\)<\/h2>/);
    expect(html).toMatch(/<h2>content\/organizations\/b\.yaml \(1 грешка\)<\/h2>/);
    expect(html).toContain('ред 12');
    expect(html).toContain('<code>period.start</code>');
    expect(html).toContain('  start: &quot;2020-02-31&quot;');
    expect(html).toContain('<span class="tab" title="табулация">→</span>name: Б');
    expect(html).toContain('"abc"'); // the hash the page polls against
  });

  it('escapes what the editor wrote', () => {
    const html = renderDevErrorPage([problem({ message: '<script>alert(1)</script>', field: 'a<b' })], 'x');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;');
  });

  it('uses the singular for one problem', () => {
    expect(renderDevErrorPage([problem({})], 'x')).toContain('<title>Съдържанието има 1 грешка –');
  });
});

describe('which requests get the error page', () => {
  const page = (path: string, accept = '*/*', method = 'GET') => isPageRequest(method, new URL(path, 'http://localhost'), accept);

  it('pages, and any address a browser tab opens', () => {
    expect(page('/')).toBe(true);
    expect(page('/proekti/shans-za-nashite-detsa/')).toBe(true);
    expect(page('/tarsene/?q=деца')).toBe(true);
    expect(page('/danni/proekti.json', 'text/html,application/xhtml+xml')).toBe(true);
  });

  it('never Vite’s modules, assets, scripts fetching data, other methods, or the editor', () => {
    expect(page('/@vite/client')).toBe(false);
    expect(page('/src/pages/index.astro?astro&type=style&index=0&lang.css')).toBe(false);
    expect(page('/_astro/x.css')).toBe(false);
    expect(page('/fonts/a.woff2')).toBe(false);
    expect(page('/danni/proekti.json')).toBe(false);
    expect(page('/', 'text/html', 'POST')).toBe(false);
    expect(page('/admin/', 'text/html')).toBe(false);
  });
});

describe('the dev check', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  it('answers again only when a file under content/ changed', () => {
    root = mkdtempSync(join(tmpdir(), 'vidimost-devcheck-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'x.txt'), 'a');
    const check = createDevChecker(root);
    const first = check();
    expect(check()).toBe(first); // cached
    writeFileSync(join(root, 'content', 'x.txt'), 'ab');
    expect(check()).not.toBe(first);
  });
});
