import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
/** The one module that may write the site's paths. */
const ROUTES = 'src/lib/routes.ts';

/**
 * Literals that start with "/" but are no page of the site, each with why it may stay.
 * `files` limits where the exception holds; a new page path anywhere fails the test.
 */
const ALLOWED: { literal: RegExp; files?: RegExp; why: string }[] = [
  { literal: /^\/fonts\//, why: 'font files in public/fonts, not pages' },
  { literal: /^\/pagefind\//, why: 'the search index Pagefind writes after the build' },
  { literal: /^\/(favicon\.(ico|svg)|apple-touch-icon\.png|og-default\.png)$/, why: 'icons and the share image in public/' },
  { literal: /^\/documents$/, files: /^src\/lib\/cms-config\.ts$/, why: "the CMS's public folder for uploaded documents" },
  { literal: /^\/\$\{MEDIA_FOLDER\}$/, files: /^src\/lib\/cms-config\.ts$/, why: "the CMS's folder for uploaded images, content/media" },
  { literal: /^\/\$\{file\}$/, files: /^src\/integrations\/content-images\.ts$/, why: 'an image file content names, imported from the project root' },
  { literal: /^\/\/?$/, files: /^src\/lib\/content-images\.ts$/, why: 'path separators of image files, and the start of a protocol-relative web address' },
  { literal: /^\/admin(\/|$)/, files: /^src\/integrations\//, why: 'the CMS files the admin integration serves and writes' },
  { literal: /^\/(@|__|_astro\/|_image|node_modules\/|src\/)/, files: /^src\/integrations\//, why: "the dev server's own addresses, never pages" },
  { literal: /^\/$/, files: /^src\/integrations\//, why: 'a default request URL and a path separator in the dev-server code' },
  { literal: /^\/$/, files: /\.css$/, why: "a selector for every link within the site (a[href^='/'])" },
  { literal: /^\/$/, files: /^src\/client\/pagefind\.ts$/, why: "the base of merged indexes' result addresses (Pagefind's baseUrl): the site's root" },
];

/** Every quoted literal that starts with "/" in a source text, with its line; comments are skipped. */
export function pathLiterals(text: string): { line: number; literal: string }[] {
  return text.split('\n').flatMap((line, index) => {
    const code = line.trimStart();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return [];
    return [...line.matchAll(/(['"`])(\/[^'"`\s]*)\1/g)].map((m) => ({ line: index + 1, literal: m[2]! }));
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs|astro|css)$/.test(entry.name) ? [path] : [];
  });
}

describe('no site path outside src/lib/routes.ts', () => {
  it('finds paths in attributes, strings and templates, and nothing in URLs, regexes or comments', () => {
    const text = [
      '<a href="/novini/">',
      "const a = '/proekti/';",
      'href={`/darete/${id}/`}',
      "const b = 'https://example.bg/proekti/';",
      "if (quote === \"'\") return !/^(?:[^']|'')*'/.test(rest);",
      '// The page lives at "/proekti/".',
    ].join('\n');
    expect(pathLiterals(text)).toEqual([
      { line: 1, literal: '/novini/' },
      { line: 2, literal: '/proekti/' },
      { line: 3, literal: '/darete/${id}/' },
    ]);
  });

  it('has no path literal in src/ but the asset and dev-server addresses listed with their reason', () => {
    const found = sourceFiles(SRC).flatMap((file) => {
      const path = relative(ROOT, file);
      if (path === ROUTES) return [];
      return pathLiterals(readFileSync(file, 'utf8'))
        .filter(({ literal }) => !ALLOWED.some((a) => a.literal.test(literal) && (!a.files || a.files.test(path))))
        .map(({ line, literal }) => `${path}:${line} ${literal}`);
    });
    expect(found, `пишете адресите чрез ${ROUTES} (routesFor(lang).…), не като текст`).toEqual([]);
  });

  it('lets no exception go unused, so the list cannot hide a stale excuse', () => {
    const literals = sourceFiles(SRC).flatMap((file) => pathLiterals(readFileSync(file, 'utf8')).map((l) => ({ ...l, path: relative(ROOT, file) })));
    for (const allowed of ALLOWED) {
      expect(
        literals.some(({ literal, path }) => allowed.literal.test(literal) && (!allowed.files || allowed.files.test(path))),
        allowed.why,
      ).toBe(true);
    }
  });
});
