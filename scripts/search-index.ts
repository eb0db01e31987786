// The search index: Pagefind over dist/, as `pagefind --site dist` does, except that each page
// also gets the stems of its words that no prefix reaches (ранен → ранн; see searchStems in
// src/lib/search-query.ts), in an extra indexed block the visitor never receives: the HTML in
// dist/ is not changed. English pages go to their own index (Pagefind splits by <html lang>),
// without stems. Prints how many stems were added. `--plain` indexes without them,
// `--output=dir` writes elsewhere (the scale benchmark compares the two), `--max-fragments=n`
// bundles the result fragments into at most n files per language.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'node-html-parser';
import { searchStems } from '../src/lib/search-query.ts';

const site = process.argv.find((a) => a.startsWith('--site='))?.slice(7) ?? 'dist';
const plain = process.argv.includes('--plain');
const output = process.argv.find((a) => a.startsWith('--output='))?.slice(9) ?? join(site, 'pagefind');
// Fewer files for hosts that cap them: Pagefind bundles the per-page fragments into at most this
// many files per language, at the cost of more bytes per result shown (docs/scale.md).
const maxFragments = Number(process.argv.find((a) => a.startsWith('--max-fragments='))?.slice(16)) || undefined;

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The text Pagefind indexes on a page: its data-pagefind-body blocks, ignored parts left out. */
function bodyText(html: string): string {
  const root = parse(html);
  for (const el of root.querySelectorAll('[data-pagefind-ignore], script, style')) el.remove();
  return root
    .querySelectorAll('[data-pagefind-body]')
    .map((el) => el.innerHTML.replace(/<[^>]+>/g, ' '))
    .join(' ');
}

/** The language Pagefind files a page under: its <html lang>. */
const pageLang = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? '';

// Pagefind holds a whole index in memory until it writes it (2.3 GiB for both languages at
// 10,000 projects). Each language is an index of its own anyway, so one language at a time:
// Bulgarian first, while the files of the other languages are noted; then each of those.
let pages = 0;
let stems = 0;
const later = new Map<string, string[]>();
const languages: Record<string, unknown> = {};
let entry: Record<string, unknown> = {};

async function indexLanguage(files: Iterable<string>, lang: string | undefined) {
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const file of files) {
    let content = readFileSync(file, 'utf8');
    // As the CLI does once any page marks its body: pages without one are not indexed.
    if (!content.includes('data-pagefind-body')) continue;
    const fileLang = pageLang(content);
    if (lang === undefined && fileLang !== 'bg') {
      later.set(fileLang, [...(later.get(fileLang) ?? []), file]);
      continue;
    }
    // The stems are Bulgarian, so only Bulgarian pages get them.
    if (!plain && fileLang === 'bg') {
      const added = searchStems(parse(bodyText(content)).text);
      stems += added.length;
      // Low weight: a stem counts as a match, but the words on the page rank above it.
      if (added.length) content = content.replace(/<\/body>/, `<div data-pagefind-body data-pagefind-weight="0.5">${added.join(' ')}</div></body>`);
    }
    const response = await index.addHTMLFile({ sourcePath: relative(site, file), content });
    if (response.errors.length) throw new Error(`Pagefind, ${file}: ${response.errors.join('; ')}`);
    if (response.file) pages += 1;
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // Each writing names only its own language in pagefind-entry.json: gathered for the one written last.
  entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as Record<string, unknown>;
  Object.assign(languages, entry.languages);
  await index.deleteIndex();
}

await indexLanguage(htmlFiles(site), undefined);
for (const [lang, files] of later) await indexLanguage(files, lang);
const sorted = Object.fromEntries(
  Object.keys(languages)
    .sort()
    .map((lang) => [lang, languages[lang]]),
);
writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: sorted }));
console.log(`Pagefind: ${pages} pages indexed${plain ? '' : `, ${stems} stems added for vowel alternation`}.`);
await pagefind.close();
