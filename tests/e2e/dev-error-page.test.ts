/**
 * `npm run dev` on a scratch copy: a content mistake replaces every page with the Bulgarian
 * error page (status 500, naming the file and the field or line), and the real page comes back
 * once the file is fixed, without restarting the server. One server for the whole file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/lib/chromium.mjs';
import { browserUnavailableReason, chromiumPath } from '../helpers/browser';
import { copySite, type SiteCopy } from '../helpers/site-copy';

// Without Chromium the in-browser part is skipped with a printed reason (under CI it fails).
const noBrowser = Boolean(browserUnavailableReason());
const PROJECT = 'content/projects/shans-za-nashite-detsa.mdx';
const PAGE = '/proekti/shans-za-nashite-detsa/';
const TITLE = '<title>Шанс за нашите деца';

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the sample no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const MISTAKES = [
  { name: 'an impossible date', change: (t: string) => replace(t, 'period:\n', 'period:\n  start: "2020-02-31"\n'), expect: ['period.start', '2020-02-31'] },
  { name: 'a misspelt field', change: (t: string) => replace(t, '\nactivities:', '\nactivites:'), expect: ['activites'] },
  {
    name: 'an unknown organization',
    change: (t: string) => replace(t, 'lead: obshtina-haskovo', 'lead: obshtina-nyakade'),
    expect: ['lead', 'obshtina-nyakade'],
  },
  { name: 'a bad indent', change: (t: string) => replace(t, '    unit: деца', '     unit: деца'), expect: [/ред \d+/, 'Текстът на ред'] },
  {
    name: 'an image without alt text',
    change: (t: string) => replace(t, '\nchecked: ', '\nimages:\n  - src: ../media/snimka.jpg\nchecked: '),
    expect: ['images[1].alt', 'липсва описание на снимката (alt)'],
  },
  {
    name: 'an image file that is not there',
    change: (t: string) => replace(t, '\nchecked: ', '\nimages:\n  - src: ../media/nyama-ya.jpg\n    alt: Пример – описание\nchecked: '),
    expect: ['images[1].src', 'файлът content/media/nyama-ya.jpg не съществува'],
  },
];

/** The environment without what Vitest adds: Astro skips its dev handler when it sees VITEST. */
function outsideVitest(): NodeJS.ProcessEnv {
  const vitest = new Set(['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.has(key) && !key.startsWith('VITEST')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

/** Asks until the answer passes, or fails with the last answer. */
async function until(url: string, ok: (r: { status: number; body: string }) => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  let last = await get(url);
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    last = await get(url);
  }
  return last;
}

const isErrorPage = (r: { status: number; body: string }) => r.status === 500 && r.body.includes('<html lang="bg">');
const isProjectPage = (r: { status: number; body: string }) => r.status === 200 && r.body.includes(TITLE);

describe('the dev preview shows content mistakes in Bulgarian', () => {
  let copy: SiteCopy;
  let dev: ChildProcess;
  let base: string;
  let original: string;
  let output = '';
  const write = (text: string) => writeFileSync(join(copy.root, PROJECT), text);

  beforeAll(async () => {
    copy = copySite();
    original = readFileSync(join(copy.root, PROJECT), 'utf8');
    // Broken before the start: Astro alone would stop with an English stack trace.
    write(MISTAKES[0]!.change(original));
    const port = await freePort();
    base = `http://localhost:${port}`;
    dev = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port)], {
      cwd: copy.root,
      detached: true, // its own process group, so that Astro goes with it in afterAll
      env: {
        ...outsideVitest(),
        BUILD_DATE: '2026-11-23',
        ASTRO_TELEMETRY_DISABLED: '1',
        PATH: `${join(copy.root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
      },
    });
    dev.stdout?.on('data', (d) => (output += d));
    dev.stderr?.on('data', (d) => (output += d));
  });

  afterAll(async () => {
    if (dev?.pid) {
      const group = -dev.pid;
      const exited = new Promise((r) => dev.once('exit', r));
      process.kill(group, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(group, 'SIGKILL'); // whatever did not stop
      } catch {
        // all gone
      }
    }
    copy?.remove();
  });

  it('serves the error page when started with a broken file, then starts the site once it is fixed', async () => {
    const broken = await until(`${base}/`, isErrorPage);
    expect(broken.status, output).toBe(500);
    expect(broken.body).toContain('<title>Съдържанието има 1 грешка');
    expect(broken.body).toContain(PROJECT);
    expect(broken.body).toContain('period.start');
    write(original);
    expect(isProjectPage(await until(`${base}${PAGE}`, isProjectPage, 60_000)), output).toBe(true);
  });

  it('after a fix, shows the fixed facts, never the page from before the mistake', async () => {
    write(MISTAKES[0]!.change(original));
    try {
      expect((await until(`${base}${PAGE}`, isErrorPage)).status).toBe(500);
      write(replace(original, 'period:\n', 'period:\n  start: "2020-02-29"\n'));
      const fixed = await until(`${base}${PAGE}`, isProjectPage);
      expect(fixed.body, output).toContain('29.02.2020');
    } finally {
      write(original);
    }
    expect((await until(`${base}${PAGE}`, (r) => isProjectPage(r) && !r.body.includes('29.02.2020'))).body).not.toContain('29.02.2020');
  });

  for (const mistake of MISTAKES) {
    it(`replaces every page on ${mistake.name}, and the page comes back once fixed`, async () => {
      write(mistake.change(original));
      try {
        for (const path of [PAGE, '/']) {
          const page = await until(`${base}${path}`, isErrorPage);
          expect(page.status, `${path}\n${page.body.slice(0, 500)}`).toBe(500);
          expect(page.body).toMatch(/<title>Съдържанието има \d+ грешк/);
          expect(page.body).toContain(PROJECT);
          for (const text of mistake.expect) expect(page.body).toMatch(text);
          expect(page.body).not.toMatch(/Stack trace|at .*\.ts:\d+/);
        }
      } finally {
        write(original);
      }
      const back = await until(`${base}${PAGE}`, isProjectPage);
      expect(back.status).toBe(200);
      expect(back.body).toContain(TITLE);
    });
  }

  it.skipIf(noBrowser)('an open page turns into the error page on a bad save, and back on the fix', async () => {
    const browser: Browser = await chromium.launch(launchOptions(chromiumPath));
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      // Only a page connected to the dev server hears that a file changed.
      const connected = page.waitForEvent('console', (m) => m.text().includes('[vite] connected'));
      await page.goto(`${base}${PAGE}`);
      await connected;
      // (The dev server may still reload it once for the previous test's fix.)
      await page.waitForFunction(() => document.title.startsWith('Шанс за нашите деца'), null, { timeout: 20_000 });
      write(MISTAKES[2]!.change(original));
      try {
        await page.waitForFunction(() => document.title.startsWith('Съдържанието има'), null, { timeout: 20_000 });
        expect(await page.locator('h2').allInnerTexts()).toContain(`${PROJECT} (1 грешка)`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      } finally {
        write(original);
      }
      await page.waitForFunction(() => document.title.startsWith('Шанс за нашите деца'), null, { timeout: 20_000, polling: 250 });
    } finally {
      await browser.close();
    }
  });
});
