/**
 * The 404 page of each language at its routes.ts address: Astro writes only the default
 * language's src/pages/404.astro as /404.html; src/pages/en/404.astro comes out as
 * /en/404/index.html, which hosts would not find. Moved after the build.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LANG, LANGS } from '../i18n/lang.ts';
import { routesFor } from '../lib/routes.ts';

/** Where Astro writes a language's 404 page before it is moved: /en/404/. */
export const builtNotFoundPaths = LANGS.filter((lang) => lang !== DEFAULT_LANG).map((lang) =>
  routesFor(lang)
    .notFound()
    .replace(/\.html$/, '/'),
);

export function notFoundPages(): AstroIntegration {
  return {
    name: 'vidimost:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
          const target = join(root, routesFor(lang).notFound());
          const folder = target.replace(/\.html$/, '');
          const built = join(folder, 'index.html');
          if (!existsSync(built)) throw new Error(`${built}: няма я 404 страницата на езика ${lang}; трябва src/pages/${lang}/404.astro`);
          renameSync(built, target);
          rmdirSync(folder);
        }
      },
    },
  };
}
