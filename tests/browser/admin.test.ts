/**
 * The editor at /admin/, driven through its real interface in Chromium. The local-folder mode
 * opens a folder with the File System Access API; headless Chromium has no folder picker, so an
 * init script replaces window.showDirectoryPicker with a function that returns a folder of the
 * browser's Origin Private File System, filled beforehand with a scratch copy of content/ (and
 * the .git/HEAD the CMS looks for). Everything else is the CMS as an editor uses it.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkContent } from '../../src/checks/check-content';
import { PROJECT_SECTIONS } from '../../src/lib/key-facts';
import { browserUnavailableReason, useSite } from '../helpers/browser';
import { copySite, type SiteCopy } from '../helpers/site-copy';

// Screenshots for the editors' guide (docs/editors/); screenshots/ is not committed.
const SCREENS = join(process.cwd(), 'screenshots', 'admin');
const PROJECT = 'content/projects/shans-za-nashite-detsa.mdx';
const NEW_ACTIVITY = 'Лятно училище за родители (пример от теста)';
const skip = browserUnavailableReason();

function filesUnder(root: string, dir: string): { path: string; text: string }[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [{ path, text: readFileSync(join(root, path), 'utf8') }];
  });
}

/** Writes files into the OPFS folder "site" (emptied first). */
async function fillFolder(page: Page, files: { path: string; text: string }[]) {
  await page.evaluate(async (list) => {
    const opfs = await navigator.storage.getDirectory();
    await opfs.removeEntry('site', { recursive: true }).catch(() => undefined);
    const root = await opfs.getDirectoryHandle('site', { create: true });
    for (const { path, text } of list) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Reads every file under content/ back out of the OPFS folder. */
async function readFolder(page: Page): Promise<{ path: string; text: string }[]> {
  return page.evaluate(async () => {
    const out: { path: string; text: string }[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out.push({ path: `${prefix}${name}`, text: await (await (handle as FileSystemFileHandle).getFile()).text() });
      }
    };
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('site');
    await walk(await root.getDirectoryHandle('content'), 'content/');
    return out;
  });
}

describe.skipIf(skip)('the editor at /admin/', () => {
  const site = useSite();
  let copy: SiteCopy;
  let page: Page;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  let original: string;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    copy = copySite();
    original = readFileSync(join(copy.root, PROJECT), 'utf8');
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'bg-BG' });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(site.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
    await context.addInitScript(() => {
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('site');
    });
    await page.goto(`${site.url}/admin/`);
    await fillFolder(page, [...filesUnder(copy.root, 'content'), { path: '.git/HEAD', text: 'ref: refs/heads/main\n' }]);
  });

  afterAll(() => copy?.remove());

  it('opens the local folder from a Bulgarian sign-in page, with the token sign-in hidden while no Git host is set', async () => {
    const local = page.getByRole('button', { name: 'Работа с локално хранилище' });
    await local.waitFor();
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Работа с локално хранилище']);
    await expect(page.locator('body').innerText()).resolves.toContain('изберете папката на сайта');
    await local.click();
    await page.getByText('Шанс за нашите деца').waitFor();
    await page.screenshot({ path: join(SCREENS, '01-kolektsii.png') });
    const text = await page.locator('body').innerText();
    for (const word of ['Колекции', 'Проекти', 'Новини', 'Организации', 'Програми и дарители', 'Страници', 'Настройки', 'Създай']) expect(text).toContain(word);
    for (const english of ['Collections', 'Create', 'Sort', 'available in English']) expect(text).not.toContain(english);
  });

  it('speaks Bulgarian in an English browser too, with no offer to switch', async () => {
    const english = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const other = await english.newPage();
    const errors: string[] = [];
    other.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await other.goto(`${site.url}/admin/`);
    await other.getByRole('button', { name: 'Работа с локално хранилище' }).waitFor();
    const text = await other.locator('body').innerText();
    expect(text).toContain('изберете папката на сайта');
    expect(text).not.toMatch(/English|Change Language|Work with Local Repository/);
    expect(errors).toEqual([]);
    await english.close();
  });

  it('shows a project with the preview the site would show', async () => {
    await page.getByText('Шанс за нашите деца').click();
    await page.getByRole('button', { name: 'Запази' }).waitFor();
    const preview = page.frameLocator('iframe').last();
    await preview.getByText('Европейски съюз').waitFor();
    // Amounts keep their groups together with no-break spaces; compare with plain ones.
    const previewText = (await preview.locator('body').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(previewText).toContain('Шанс за нашите деца');
    expect(previewText).toContain('Европейски социален фонд');
    expect(previewText).toContain('BG05M9OP001-2.004-0049');
    // The register's total first, the page's own beside it (src/lib/fact-sources.ts).
    expect(previewText).toContain('775 181,72 €');
    expect(previewText).toContain('страницата на Община Хасково – 443 748,60 € (867 896,82 лв.)');
    expect(previewText).toContain('443 деца и техните семейства');
    await page.screenshot({ path: join(SCREENS, '02-proekt-s-pregled.png') });
  });

  it('offers the existing organizations in a relation picker', async () => {
    const lead = page.getByRole('combobox', { name: /Водеща организация/ });
    await lead.click();
    // Each option's text ends with the name of its (hidden) check-mark icon.
    const options = (await page.getByRole('option').allInnerTexts()).map((t) => t.replace(/\s*check$/, ''));
    expect(options).toEqual(expect.arrayContaining(['Община Хасково', 'Община Казанлък', 'Фондация „За Нашите Деца“']));
    await page.screenshot({ path: join(SCREENS, '03-izbor-na-organizatsia.png') });
    // Escape would close the entry; choosing the same organization closes the list.
    await page.getByRole('option', { name: /Община Хасково/ }).click();
    expect(await lead.innerText()).toContain('Община Хасково');
  });

  it('saves a changed reach figure and a new activity as a small diff that passes the content check', async () => {
    // List items are drawn when they scroll into view. The reach total is the one number field holding 443.
    await page.getByRole('group', { name: /Поле „.?Обхват/ }).scrollIntoViewIfNeeded();
    const totals = page.getByRole('spinbutton', { name: /Общо/ });
    await totals.first().waitFor();
    const index = await totals.evaluateAll((inputs) => inputs.findIndex((i) => (i as HTMLInputElement).value === '443'));
    expect(index).toBeGreaterThanOrEqual(0);
    await totals.nth(index).fill('450');
    await page.getByRole('group', { name: /Поле „.?Обхват/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, '05-obhvat-450.png') });

    const activities = page.getByRole('group', { name: /Поле „.?Дейности/ });
    await activities.getByRole('button', { name: /Добави .?Дейности/ }).click();
    const titles = activities.getByRole('textbox', { name: /^.?Дейност.?$/ });
    await expect.poll(() => titles.count()).toBeGreaterThan(0);
    await titles.last().scrollIntoViewIfNeeded();
    expect(await titles.last().inputValue()).toBe('');
    await titles.last().fill(NEW_ACTIVITY);

    await page.getByRole('button', { name: 'Запази' }).click();
    await expect.poll(async () => (await readFolder(page)).find((f) => f.path === PROJECT)?.text.includes('total: 450'), { timeout: 15_000 }).toBe(true);

    for (const { path, text } of await readFolder(page)) writeFileSync(join(copy.root, path), text);
    const saved = readFileSync(join(copy.root, PROJECT), 'utf8');
    expect(checkContent(copy.root)).toEqual([]);

    const before = original.split('\n');
    const after = saved.split('\n');
    const removed = before.filter((line) => !after.includes(line));
    const added = after.filter((line) => !before.includes(line));
    expect(removed).toEqual(['    total: 443']);
    expect(added).toEqual([`  - title: ${NEW_ACTIVITY}`, '    total: 450']);
    // The new activity comes right after the last one, the body is untouched.
    expect(saved).toContain(`  - title: Управление и функциониране на „Общностен център за подкрепа на деца и родители“\n  - title: ${NEW_ACTIVITY}\n`);
    expect(saved.split('---\n')[2]).toBe(original.split('---\n')[2]);
    // No other file was touched.
    for (const { path, text } of filesUnder(copy.root, 'content'))
      if (path !== PROJECT) expect(text, path).toBe(readFileSync(join(import.meta.dirname, '..', '..', path), 'utf8'));
  });

  it('writes a day picked in a date field as ГГГГ-ММ-ДД', async () => {
    const PAGE = 'content/pages/za-sayta.mdx';
    const before = readFileSync(join(copy.root, PAGE), 'utf8');
    await page.goto(`${site.url}/admin/#/collections/pages/entries/za-sayta`);
    const day = page
      .getByRole('textbox', { name: /Последна промяна|Обновено|Последна проверка/ })
      .or(page.locator('input[type="date"]'))
      .first();
    await day.waitFor();
    expect(await day.inputValue()).toBe('');
    await day.click();
    await page.screenshot({ path: join(SCREENS, '04-data.png') });
    await day.fill('2026-11-20');
    await page.getByRole('button', { name: 'Запази' }).click();
    await expect.poll(async () => (await readFolder(page)).find((f) => f.path === PAGE)?.text.includes('2026-11-20'), { timeout: 15_000 }).toBe(true);
    const after = (await readFolder(page)).find((f) => f.path === PAGE)!.text;
    writeFileSync(join(copy.root, PAGE), after);
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual(['updated: 2026-11-20']);
    expect(after.replace('updated: 2026-11-20\n', '')).toBe(before);
    expect(checkContent(copy.root)).toEqual([]);
  });

  it('made no request to another host and logged no error', () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('gives a rebuilt site the new figure', { timeout: 240_000 }, () => {
    const build = copy.run('node_modules/astro/bin/astro.mjs', ['build']);
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(copy.root, 'dist', 'proekti', 'shans-za-nashite-detsa', 'index.html'), 'utf8');
    const page = parse(html);
    // The reach chart's caption and table in the results section carry the figure (a news item
    // listed further down still quotes the old one, as its own text).
    const results = page.querySelector(`#${PROJECT_SECTIONS.results}`)?.parentNode?.toString() ?? '';
    expect(results).toContain('450 деца и техните семейства');
    expect(results).not.toContain('443 деца и техните семейства');
    expect(html).toContain(NEW_ACTIVITY);
  });
});
