/**
 * Visitor text lives in the strings tables (src/i18n/bg.ts, en.ts), so that a language is one
 * file. This scans src/ for Cyrillic in string literals and in Astro template text, comments
 * left out, outside the tables and an allowlist of files whose Cyrillic is not visitor text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CYRILLIC = /[\u0400-\u04FF]/;

/** The strings tables: the one place for visitor text. */
const TABLES = ['src/i18n/bg.ts', 'src/i18n/en.ts'];

/** Files whose Cyrillic is not visitor text, each with the reason. */
const ALLOWED: Record<string, string> = {
  // Editor-facing: messages, labels and help for the people who write the content.
  'src/schemas/project.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/site.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/donations.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/fields.ts': 'editor-facing: shared field error messages',
  'src/schemas/programme.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/news.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/source.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/other-source.ts': 'editor-facing: field titles and help in the visual editor',
  'src/lib/programme-codes.ts': 'editor-facing: messages of the register import about programme codes',
  'src/lib/isun-import.ts': 'editor-facing: the export column titles the register import matches, and its messages',
  'src/schemas/organization.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/page.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/image.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/lib/content-images.ts': 'editor-facing: messages about an image path, for the schema',
  'src/loaders/content-images.ts': 'editor-facing: messages about a missing or unreadable image file',
  'src/schemas/redirects.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/search-synonyms.ts': 'editor-facing: field titles, descriptions and error messages',
  'src/schemas/json-schema.ts': 'editor-facing: the editors’ JSON schema titles',
  'src/loaders/yaml-problems.ts': 'editor-facing: YAML error messages',
  'src/checks/check-content.ts': 'editor-facing: command-line check messages',
  'src/checks/check-publicity.ts': 'editor-facing: command-line publicity report',
  'src/loaders/content-file.ts': 'editor-facing: content file error messages',
  'src/integrations/dev-error-html.ts': 'editor-facing: the development error page',
  'src/integrations/dev-error-page.ts': 'editor-facing: the development error page',
  'src/integrations/cms-collections.ts': 'editor-facing: the CMS’s collection labels',
  'src/integrations/cms-admin.ts': 'editor-facing: the CMS page',
  'src/integrations/not-found-pages.ts': 'developer-facing: a build error for a missing 404 page',
  'src/integrations/keep-dist.ts': 'developer-facing: the build log says why dist/ was emptied and how many old files were pruned',
  'src/admin/preview.ts': 'editor-facing: the CMS preview’s schema problems',
  'src/lib/cms-config.ts': 'editor-facing: the CMS’s labels and hints',
  'src/lib/content-errors.ts': 'editor-facing: how content errors are worded',
  'src/lib/references.ts': 'editor-facing: broken reference messages',
  'src/lib/build-date.ts': 'editor-facing: an invalid BUILD_DATE message',
  'src/lib/search-shards.ts': 'developer-facing: an invalid SEARCH_SHARD_SIZE or --shard-size message',
  'src/lib/launch.ts': 'editor-facing: launch check messages',
  'src/lib/iban.ts': 'editor-facing: IBAN validation messages for the schema',
  'src/data/catalog.ts': 'editor-facing: a missing site.yaml message',
  'src/components/Money.astro': 'editor-facing: the error for a malformed <Money> in MDX',
  'src/lib/publicity.ts': 'rule citations and checks for the publicity report, worded with the rules (a table per language is the next step)',
  // Language data: Bulgarian words the code works on, not text it shows.
  'src/lib/bg-stem.ts': 'language data: Bulgarian stemming for search',
  'src/lib/latin-bg.ts': 'language data: Latin-to-Cyrillic spelling for search',
  'src/lib/geography.ts': 'language data: province and municipality names',
  'src/schemas/english.ts': 'editor-facing: labels, hints and errors of the English fields',
  'src/lib/provinces.ts': 'language data: the 28 province names, as content writes them',
  'src/lib/charts/map.ts': 'editor-facing: the build error for a province the map does not know',
  'src/lib/search-query.ts': 'language data: search synonyms and stop words',
  'src/lib/tense.ts': 'language data: Bulgarian verb forms that put content sentences in the past',
  'src/lib/open-data.ts': 'language data: province names keyed to NUTS codes',
  'src/lib/open-data-schema.ts': 'field documentation, bilingual by design (Bulgarian and English)',
  'src/lib/money.ts': 'language data: the lev’s sign „лв.“ in the Bulgarian number format',
  'src/lib/dates.ts': 'language data: „г.“ after a year in the Bulgarian date format',
  'src/lib/search-facets.ts': 'identifiers: Pagefind’s filter and sort names inside the index',
  'src/client/search.ts': 'identifiers: Pagefind’s filter names, read from the index',
};

/** String literals and template text of a TypeScript source, comments left out. */
export function tsStrings(code: string, fileName = 'x.ts'): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node))
      found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** The texts of an Astro component: its front matter's and scripts' literals, and the template without comments. */
export function astroStrings(code: string): string[] {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(code);
  const frontmatter = match ? match[1]! : '';
  let template = match ? code.slice(match[0].length) : code;
  const scripts: string[] = [];
  template = template
    .replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (_, body: string) => (scripts.push(body), ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
  // Expressions in the template are TypeScript; the rest is text and attributes.
  return [...tsStrings(frontmatter), ...scripts.flatMap((s) => tsStrings(s)), ...tsStrings(`<>${template}</>`, 'x.tsx'), template.replace(/\{[^{}]*\}/g, '')];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|mts|astro)$/.test(entry.name) ? [path] : [];
  });
}

function strayText(path: string): string[] {
  const code = readFileSync(path, 'utf8');
  const texts = path.endsWith('.astro') ? astroStrings(code) : tsStrings(code, path);
  return texts.filter((t) => CYRILLIC.test(t)).map((t) => t.trim().slice(0, 80));
}

describe('no visitor text outside the strings tables', () => {
  it('finds Bulgarian in a component’s text, attributes and literals, but not in its comments', () => {
    const component = [
      '---',
      '// Коментар: не е текст за посетителя.',
      "const label = 'Проекти';",
      '---',
      '<!-- коментар -->',
      '{/* коментар */}',
      '<p title="Заглавие">Здравей, {label}!</p>',
      '<p>{ok ? `още ${n} проекта` : null}</p>',
    ].join('\n');
    const found = astroStrings(component).filter((t) => CYRILLIC.test(t));
    expect(found.join(' | ')).toContain('Проекти');
    expect(found.join(' | ')).toContain('Заглавие');
    expect(found.join(' | ')).toContain('Здравей');
    expect(found.join(' | ')).toContain('проекта');
    expect(found.join(' | ')).not.toContain('коментар');
    expect(found.join(' | ')).not.toContain('Коментар');
    expect(tsStrings('/** Докум. */\nconst x = 1; // бележка\nexport const y = `${x} лв.`;').filter((t) => CYRILLIC.test(t))).toEqual([' лв.']);
  });

  it('src/ has Bulgarian text only in the strings tables and the allowlisted files', () => {
    const stray = filesUnder(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((file) => !TABLES.includes(file) && !(file in ALLOWED))
      .flatMap((file) => strayText(join(ROOT, file)).map((text) => `${file}: „${text}“`));
    expect(stray, 'Move visitor text to src/i18n/bg.ts (and en.ts); editor-facing or language data goes in ALLOWED with a reason').toEqual([]);
  });

  it('keeps the allowlist honest: every allowlisted file exists and still has Cyrillic', () => {
    const stale = Object.keys(ALLOWED).filter((file) => {
      try {
        return strayText(join(ROOT, file)).length === 0;
      } catch {
        return true;
      }
    });
    expect(stale, 'Remove these from ALLOWED').toEqual([]);
  });
});
