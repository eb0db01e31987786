/**
 * Internal link checking over built pages: every href and src on the site, and every
 * #anchor, must point at something that exists. External links are not followed.
 */
import { parse } from 'node-html-parser';

export interface SitePage {
  /** Site path, e.g. "/proekti/x/" or "/404.html". */
  path: string;
  html: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** One line per broken link: the page, the link, and what is missing. */
export function findBrokenLinks(pages: SitePage[], fileExists: (sitePath: string) => boolean): string[] {
  const ids = new Map<string, Set<string>>();
  const docs = pages.map((page) => {
    const doc = parse(page.html);
    ids.set(page.path, new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')));
    return { page, doc };
  });
  const exists = (path: string) => ids.has(path) || fileExists(path);
  const broken: string[] = [];
  for (const { page, doc } of docs) {
    for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src], source[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (!raw || EXTERNAL.test(raw)) continue;
      const url = new URL(raw, `http://site${page.path}`);
      const target = decodeURIComponent(url.pathname);
      if (!exists(target)) {
        broken.push(`${page.path}: ${raw} → нищо на ${target}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(target)?.has(anchor)) broken.push(`${page.path}: ${raw} → няма id="${anchor}" в ${target}`);
    }
  }
  return broken;
}
