/**
 * `npm run dev` only: while content/ has a problem (YAML, schema, reference, publicity), every
 * page answers with a Bulgarian list of the problems (status 500) instead of the stale page
 * or Astro's English error overlay, and the site comes back by itself once the file is fixed.
 *
 * The check is the one `npm run check:content` runs (checkEverything), cached by the files'
 * size and modification time, so a page request after a save never sees an old answer.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { z } from 'astro/zod';
import { checkEverything, type ContentProblem } from '../checks/problems.ts';
import { ContentError, readCheckedContent } from '../loaders/content-file.ts';
import { REDIRECTS_FILE, SITE_FILE } from '../schemas/index.ts';
import { PROBLEMS_PATH, renderDevErrorPage, type ShownProblem } from './dev-error-html.ts';

const CONTENT_DIR = 'content';

/** Requests that are never a page: Vite's modules and client, assets, and the editor (it must stay usable to fix the mistake). */
const NOT_PAGES = ['/@', '/__', '/_astro/', '/_image', '/node_modules/', '/src/', '/admin/'];
const MODULE_QUERY = ['import', 'raw', 'url', 'astro', 'html-proxy', 'direct', 'worker', 'inline'];

export function isPageRequest(method: string | undefined, url: URL, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (url.pathname === '/admin' || NOT_PAGES.some((prefix) => url.pathname.startsWith(prefix))) return false;
  if (MODULE_QUERY.some((key) => url.searchParams.has(key))) return false;
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  // Pages end in "/" (trailingSlash: 'always'); a file asked for by a browser tab is shown as a page too.
  return !last.includes('.') || last.endsWith('.html') || (accept ?? '').includes('text/html');
}

/** Size and modification time of every file under content/: cheap, and exact after a save. */
function fingerprint(root: string): string {
  const dir = join(root, CONTENT_DIR);
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const stat = statSync(path, { throwIfNoEntry: false });
      return `${relative(dir, path)}:${stat?.size}:${stat?.mtimeMs}`;
    });
  return entries.sort().join('\n');
}

function lineOf(root: string, problem: ContentProblem): string | undefined {
  if (!problem.line) return undefined;
  try {
    return readFileSync(join(root, problem.file), 'utf8').split(/\r?\n/)[problem.line - 1];
  } catch {
    return undefined;
  }
}

export interface DevCheck {
  problems: ShownProblem[];
  /** Changes whenever the list of problems changes; what the error page polls for. */
  hash: string;
}

export function runCheck(root: string): DevCheck {
  let problems: ContentProblem[];
  try {
    problems = checkEverything(root).problems;
  } catch (error) {
    // A check that cannot finish is itself a problem to show, never a crash of the preview.
    problems = [
      { file: `${CONTENT_DIR}/`, kind: 'schema', message: `Проверката на съдържанието спря: ${error instanceof Error ? error.message : String(error)}` },
    ];
  }
  const shown = problems.map((p) => ({ ...p, lineText: p.text ?? lineOf(root, p) }));
  const hash = createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 16);
  return { problems: shown, hash };
}

/** The content check for a running dev server: recomputed only when a file under content/ changed. */
export function createDevChecker(root: string): () => DevCheck {
  let cached: { key: string; check: DevCheck } | undefined;
  return () => {
    let key: string;
    try {
      key = fingerprint(root);
    } catch {
      key = `unreadable:${Date.now()}`;
    }
    if (cached?.key !== key) cached = { key, check: runCheck(root) };
    return cached.check;
  };
}

type Next = (error?: unknown) => void;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The poll answer: the problems' hash and count. */
export function answerProblems(res: ServerResponse, { hash, problems }: DevCheck): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ hash, count: problems.length }));
}

/** The error page, status 500 (503 while the preview starts with the problems gone). */
export function answerErrorPage(res: ServerResponse, check: DevCheck, head = false): void {
  res.writeHead(check.problems.length ? 500 : 503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(head ? undefined : renderDevErrorPage(check.problems, check.hash));
}

export function devErrorMiddleware(check: () => DevCheck, refreshContent?: () => Promise<void>, refreshFirst = false) {
  let refreshBeforeNext = refreshFirst;
  let refreshing: Promise<void> | undefined;
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === PROBLEMS_PATH) return answerProblems(res, check());
    if (!isPageRequest(req.method, url, req.headers.accept)) return next();
    const current = check();
    if (current.problems.length) {
      refreshBeforeNext = true;
      return answerErrorPage(res, current, req.method === 'HEAD');
    }
    // Back from errors: Astro reloads a fixed file on its own schedule; one full content sync
    // first, so the first page after the fix is the fixed one, never the one from before.
    if (refreshBeforeNext) {
      refreshBeforeNext = false;
      refreshing = (refreshContent?.() ?? Promise.resolve()).catch(() => undefined).finally(() => (refreshing = undefined));
    }
    // Never longer than a few seconds: a page from before the fix beats a page that never comes.
    if (refreshing) void Promise.race([refreshing, delay(5000)]).then(() => next());
    else next();
  };
}

/**
 * Reads content/site.yaml or content/redirects.yaml for astro.config.mjs through its schema,
 * with the defaults the schema gives. A file that is not valid stops the build with the
 * editors' Bulgarian message (file, line, field, fix); in `astro dev` it reads as undefined
 * instead, so the server still starts and its error page names the problem.
 */
export function readSettings<T extends z.ZodType>(root: string, file: string, schema: T): z.output<T> | undefined {
  try {
    return readCheckedContent(schema, join(root, file), file).valid;
  } catch (error) {
    if (error instanceof ContentError && isDevCommand()) return undefined;
    throw error;
  }
}

function isDevCommand(): boolean {
  return process.argv.slice(2).find((arg) => !arg.startsWith('-')) === 'dev';
}

/**
 * One full content load, finished and written. Right after a save Astro reloads its content
 * config, and refreshContent returns at once without loading while it does; so wait a little
 * and ask again until a load really ran (it takes far longer than an early return).
 */
async function syncContent(refreshContent: (options: object) => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt++) {
    await delay(150);
    const started = performance.now();
    await refreshContent({});
    if (performance.now() - started > 25) return;
  }
}

export function devErrorPage(): AstroIntegration {
  let root = process.cwd();
  let restarted = false;
  return {
    name: 'vidimost-dev-error-page',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile, isRestart }) => {
        root = fileURLToPath(config.root);
        restarted = isRestart;
        // astro.config.mjs reads these two files: a change restarts the server with them.
        if (command === 'dev') for (const file of [SITE_FILE, REDIRECTS_FILE]) addWatchFile(join(root, file));
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        if (process.env.VITEST) return;
        const check = createDevChecker(root);
        // Added here, before Vite's own middlewares; Astro appends its page handler after them.
        // Restarted for a change of site.yaml or redirects.yaml: Astro keeps the old site entry
        // unless asked to load content again, so the first page waits for that.
        server.middlewares.use(devErrorMiddleware(check, refreshContent && (() => syncContent(refreshContent)), restarted));

        // A page already open in the browser reloads (into the error page) when a save breaks
        // content; Astro would leave it showing the old page.
        const contentDir = join(root, CONTENT_DIR) + sep;
        let lastHash = check().hash;
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { hash, problems } = check();
            if (problems.length && hash !== lastHash) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
            lastHash = hash;
          }, 100);
        });
      },
    },
  };
}
