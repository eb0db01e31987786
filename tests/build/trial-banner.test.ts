import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n';
import { langOfPath } from '../../src/lib/routes';
import { DIST, readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

/** Every HTML page of the build, as its address. */
const addresses = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? addresses(join(dir, e.name)) : e.name === 'index.html' ? [`/${relative(DIST, dir)}/`.replace(/\/+/g, '/')] : [],
  );

describe('the „пробна версия“ banner on the sample content (which has placeholders)', () => {
  const pages = [...addresses(DIST).filter((a) => !a.startsWith('/pagefind')), '/404.html', '/en/404.html'];

  it('stands on every page, right after the skip link, before the header', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const address of pages) {
      const { doc } = readPage(address);
      // Redirect pages of renamed files have no body to speak of.
      if (!doc.querySelector('main')) continue;
      const ui = strings(langOfPath(address));
      const banner = doc.querySelector('body > aside.trial-banner');
      expect(banner, address).not.toBeNull();
      expect(banner?.getAttribute('aria-label'), address).toBe(ui.trialBanner.label);
      expect(textOf(banner), address).toBe(`${ui.trialBanner.label} ${ui.trialBanner.text}`);
      expect(banner?.previousElementSibling?.classList.contains('skip-link'), address).toBe(true);
      expect(banner?.nextElementSibling?.tagName, address).toBe('HEADER');
    }
  });
});
