import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, startSite, type Site } from '../helpers/browser';
import { copySite, type SiteCopy } from '../helpers/site-copy';

const skip = Boolean(browserUnavailableReason());
const ACTION = 'https://newsletter.example.invalid/serve/abc123';

describe.skipIf(skip)('the newsletter signup with a provider configured (Brevo preset)', () => {
  let copy: SiteCopy;
  let site: Site;
  beforeAll(async () => {
    copy = copySite();
    copy.edit('content/site.yaml', (t) => t.replace('  provider: none', `  provider: brevo\n  action: ${ACTION}`));
    const build = copy.run('scripts/build.mjs');
    if (build.status !== 0) throw new Error(build.output.slice(-2000));
    site = await startSite(join(copy.root, 'dist'));
  });
  afterAll(async () => {
    await site?.close();
    copy?.remove();
  });

  it('posts to the configured action with the preset’s field names, allowed by the page policy', async () => {
    const page = await site.newPage({ width: 360, height: 740 });
    let posted: { method: string; body: URLSearchParams } | undefined;
    // Intercepted here: the request never leaves this machine.
    await page.route('https://newsletter.example.invalid/**', async (route) => {
      posted = { method: route.request().method(), body: new URLSearchParams(route.request().postData() ?? '') };
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>ok</title>' });
    });
    await page.goto(`${site.url}/byuletin/`);
    const form = page.locator('#newsletter form');
    await form.getByLabel('Имейл', { exact: true }).fill('ivana@primer.bg');
    await form.getByLabel(/^Име \(/).fill('Ивана');
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Запишете ме' }).click();
    await page.waitForURL(`${ACTION}**`);
    expect(posted?.method).toBe('POST');
    expect(Object.fromEntries(posted?.body ?? [])).toEqual({
      EMAIL: 'ivana@primer.bg',
      FIRSTNAME: 'Ивана',
      OPT_IN: '1',
      email_address_check: '',
      locale: 'bg',
      html_type: 'simple',
    });
    await page.close();
  });
});
