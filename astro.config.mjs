// @ts-check
import { execFileSync } from 'node:child_process';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { resolveBuildDate } from './src/lib/build-date.ts';
import cmsAdmin from './src/integrations/cms-admin.ts';
import { contentImages } from './src/integrations/content-images.ts';
import { builtNotFoundPaths, notFoundPages } from './src/integrations/not-found-pages.ts';
import { devErrorPage, readSettings } from './src/integrations/dev-error-page.ts';
import { keepDist } from './src/integrations/keep-dist.ts';
import { readCollection } from './src/loaders/content-file.ts';
import { lastmodByPath, withAlternates, withLastmod } from './src/lib/sitemap-lastmod.ts';
import { ADMIN_PATH, parsePath, routesFor, slugIndex } from './src/lib/routes.ts';
import { COLLECTIONS, REDIRECTS_FILE, SITE_FILE, redirectsSchema, siteSchema } from './src/schemas/index.ts';
import { DEFAULT_LANG, LANGS } from './src/i18n/lang.ts';

const root = new URL('.', import.meta.url).pathname;
// The production address lives in content/site.yaml with the rest of the site's identity.
const site = readSettings(root, SITE_FILE, siteSchema);
// Old addresses of renamed files forward to the new ones (src/pages/[...from].astro): noindex.
const redirects = readSettings(root, REDIRECTS_FILE, redirectsSchema)?.redirects ?? [];
/** Pages marked noindex: kept out of the sitemap. */
const NOINDEX_PATHS = [...LANGS.map((lang) => routesFor(lang).newsletterStub()), ...builtNotFoundPaths, ADMIN_PATH, ...redirects.map((r) => r.from)];

// A connected newsletter provider is the one other place a form may post to.
const newsletterAction = site?.newsletter.provider !== 'none' ? site?.newsletter.action : undefined;
const formAction = ["'self'", ...(newsletterAction ? [new URL(newsletterAction).origin] : [])].join(' ');

// The sitemap's lastmod: the day facts were last checked (content), not the build date.
// Content with errors yields no dates here: the content loader reports those errors, in Bulgarian.
// Each collection read once (at 10,000 projects a reading costs seconds).
/** @type {Map<string, { id: string, checked?: string, date?: string, enSlug?: string }[]>} */
const datedCache = new Map();
const readDated = (/** @type {(typeof COLLECTIONS)[keyof typeof COLLECTIONS]} */ spec) => {
  if (!datedCache.has(spec.path)) {
    try {
      datedCache.set(
        spec.path,
        readCollection(root, spec).map((/** @type {any} */ e) => ({ id: e.id, checked: e.data?.checked, date: e.data?.date, enSlug: e.data?.en?.slug })),
      );
    } catch {
      datedCache.set(spec.path, []);
    }
  }
  return datedCache.get(spec.path) ?? [];
};
// Each collection read once: at 10,000 projects a reading of them all takes seconds.
const datedProjects = readDated(COLLECTIONS.projects);
const datedNews = readDated(COLLECTIONS.news);
const lastmod = lastmodByPath(datedProjects, datedNews);
// English slugs, so that each sitemap entry names its page in the other language.
const slugs = slugIndex({
  projects: datedProjects,
  organizations: readDated(COLLECTIONS.organizations),
  programmes: readDated(COLLECTIONS.programmes),
  news: datedNews,
});
/** The paths of the sitemap's pages, gathered by its filter (which sees them all before serialize). */
const sitemapPaths = new Set();

function lastCommitDate() {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // a copy without git history: the clock decides, and the build says so
  }
}

// "Today" for status and date-bound content: BUILD_DATE=2026-12-01 for a scheduled rebuild,
// otherwise the last commit's date, so that two builds of one commit are identical.
const buildDate = resolveBuildDate({ override: process.env.BUILD_DATE, commitDate: lastCommitDate(), now: new Date() });
if (!process.env.VIDIMOST_QUIET) console.log(`Дата на публикуване: ${buildDate.date} (${buildDate.source})`);
process.env.VIDIMOST_QUIET = '1';

export default defineConfig({
  site: site?.url,
  trailingSlash: 'always',
  // Bulgarian at /, English under /en/: Astro.currentLocale tells components the page's language.
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  // A per-page meta policy with hashes of Astro's own scripts and styles; no 'unsafe-inline'.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", `form-action ${formAction}`],
    },
  },
  // Old addresses of renamed files (content/redirects.yaml) are pages of our own in Bulgarian:
  // src/pages/[...from].astro, not Astro's `redirects` (English, no lang, invalid meta refresh).
  // Astro 7's default ('jsx') strips spaces between inline elements on separate lines,
  // which glues Bulgarian words together.
  compressHTML: true,
  // Pages that are no address of their own (the newsletter stub's landing page) stay out of the sitemap.
  integrations: [
    devErrorPage(),
    mdx(),
    cmsAdmin(),
    contentImages(),
    notFoundPages(),
    sitemap({
      filter: (page) => {
        // The A3 posters are noindex too: print pages for the organizations, not for the public.
        const indexed = !NOINDEX_PATHS.some((path) => page.endsWith(path)) && parsePath(new URL(page).pathname)?.route.kind !== 'poster';
        if (indexed) sitemapPaths.add(new URL(page).pathname);
        return indexed;
      },
      serialize: (item) => withAlternates(withLastmod(item, lastmod), slugs, sitemapPaths),
    }),
    // Last: deletes from the kept dist/ what this build did not write, after the others wrote theirs.
    keepDist(),
  ],
  // Astro's caches (the content store, the incremental build's manifest and page copies) in the
  // site's own folder, not in node_modules: copies of the site (tests, benchmarks) link
  // node_modules and would otherwise read and write each other's. Keep it between builds (CI cache).
  cacheDir: './.astro/cache/',
  experimental: {
    // JSON Schemas of the collections in .astro/collections/, for the Astro VS Code extension's
    // checks of MDX front matter (see .vscode/settings.json).
    contentIntellisense: true,
    // Pages whose cacheKey (src/data/cache-keys.ts) and code are unchanged are copied from the
    // previous build instead of rendered again.
    incrementalBuild: true,
  },
  // No page shows code, so no highlighter: Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // dist/ is not emptied, so that the pages the incremental build skips stay where they are
      // (not copied back from the cache); keepDist() empties it when it cannot be trusted and
      // deletes what a build no longer writes.
      emptyOutDir: false,
      // Scripts stay files of their own (never inlined), so pages carry no inline script at all.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site instead of one per page and component: a page makes
      // one CSS request (≤ 3 in all), and the file is cached from the first page on.
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro marks each MDX entry's asset module with "use astro:head-inject", which nothing
        // reads any more (head propagation goes by the ?astroPropagatedAssets query), so Rolldown
        // dropping it changes nothing; its MODULE_LEVEL_DIRECTIVE warning, one per MDX file, is
        // Astro's to fix (withastro/astro#18087). Only that warning is silenced.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
    define: { __BUILD_DATE__: JSON.stringify(buildDate.date) },
  },
});
