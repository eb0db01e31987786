// Cuts Ubuntu Bold (one of the fonts the EU emblem rules allow, npm @fontsource/ubuntu) to the
// glyphs of the texts beside the emblem, so the block renders in an allowed font on every
// device for a few kilobytes. Writes public/fonts/ (generated, not committed); the build runs it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { strings } from '../src/i18n/index.ts';
import { EMBLEM_FONT_FILES } from '../src/lib/eu-emblem.ts';

const require = createRequire(import.meta.url);
// Each file holds the characters of its language's captions that it covers (Cyrillic letters
// and the space from one file of the package, the Latin-range rest from another): which go
// where is src/lib/eu-emblem.ts's, so pages preload what they use.
const parts = EMBLEM_FONT_FILES.map((file) => ({
  name: file.name,
  source: `@fontsource/ubuntu/files/ubuntu-${file.source}-700-normal.woff2`,
  text: [...new Set(Object.values(strings(file.lang).eu.caption).join(''))].sort().filter(file.covers).join(''),
}));
mkdirSync('public/fonts', { recursive: true });
for (const part of parts) {
  const font = await subsetFont(readFileSync(require.resolve(part.source)), part.text, {
    targetFormat: 'woff2',
    keepFeatures: ['kern'],
    noLayoutClosure: true,
    noHinting: true,
  });
  writeFileSync(`public/fonts/eu-emblem-${part.name}.woff2`, font);
  console.log(`public/fonts/eu-emblem-${part.name}.woff2: ${font.length} B, glyphs „${part.text}“`);
}
