/**
 * Which <script> elements a page runs. The one deliberate exception to "content pages load no
 * JavaScript" is <script type="application/ld+json"> without src: structured data that no
 * browser executes. Matched exactly, so any other type (or a typo) still counts as a script.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export const isJsonLd = (script: HTMLElement) => script.getAttribute('type') === 'application/ld+json' && !script.hasAttribute('src');

/** The scripts a browser would run, from a parsed page or its HTML. */
export function executableScripts(page: string | HTMLElement): HTMLElement[] {
  const doc = typeof page === 'string' ? parse(page) : page;
  return doc.querySelectorAll('script').filter((s) => !isJsonLd(s));
}

/** Every JSON-LD block of a page, parsed (throws on a block that is not JSON). */
export function jsonLdBlocks(page: string | HTMLElement): unknown[] {
  const doc = typeof page === 'string' ? parse(page) : page;
  return doc
    .querySelectorAll('script')
    .filter(isJsonLd)
    .map((s) => JSON.parse(s.textContent) as unknown);
}
