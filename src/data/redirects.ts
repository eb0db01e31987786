/**
 * Old addresses of renamed files (content/redirects.yaml, checked by scripts/check-content.ts),
 * each built as a small Bulgarian page that forwards to the new address. Astro's own redirect
 * pages are English, have no lang and fail the HTML checker, so the site writes its own.
 */
import { join } from 'node:path';
import { readContentData, validateContent } from '../loaders/content-file.ts';
import { REDIRECTS_FILE, redirectsSchema } from '../schemas/index.ts';
import type { RedirectsData } from '../schemas/redirects.ts';

export function loadRedirects(): RedirectsData['redirects'] {
  const data = validateContent(redirectsSchema, readContentData(join(process.cwd(), REDIRECTS_FILE), REDIRECTS_FILE), REDIRECTS_FILE);
  return (data as RedirectsData).redirects;
}
