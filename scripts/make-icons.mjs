// Renders the site's icons and default share image from the mark (src/lib/brand-mark.ts) with
// sharp, into public/. Run by hand when the design changes: npm run make:icons (the outputs are
// committed). The share image's text is drawn as paths from Ubuntu (@fontsource/ubuntu), shaped
// by HarfBuzz with the Bulgarian language set, so it needs no installed font and keeps the
// Bulgarian letterforms (locl). It carries no EU emblem: it stands for the whole site.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import sharp from 'sharp';
import { parse } from 'yaml';
import { MARK_COLOURS, MARK_LETTER_PATH, markSvg } from '../src/lib/brand-mark.ts';

const require = createRequire(import.meta.url);
const decompress = require('wawoff2/decompress');
const site = parse(readFileSync('content/site.yaml', 'utf8'));

/** Ubuntu at one weight: the Cyrillic file for Cyrillic letters, the Latin file for the rest (spaces, punctuation). */
async function ubuntu(weight) {
  const load = async (part) => {
    const ttf = await decompress(readFileSync(require.resolve(`@fontsource/ubuntu/files/ubuntu-${part}-${weight}-normal.woff2`)));
    const face = new hb.Face(new hb.Blob(ttf));
    return { font: new hb.Font(face), upem: face.upem };
  };
  return { cyrillic: await load('cyrillic'), latin: await load('latin') };
}

/** One line of text as SVG path data at `size` px, starting at (x, baseline); returns the path and the advance. */
function textPath(fonts, text, size, x, baseline) {
  const runs = [];
  for (const ch of text) {
    const which = /[\u0400-\u045f]/.test(ch) ? fonts.cyrillic : fonts.latin;
    if (runs.at(-1)?.f === which) runs.at(-1).text += ch;
    else runs.push({ f: which, text: ch });
  }
  let pen = x;
  const parts = [];
  for (const run of runs) {
    const buffer = new hb.Buffer();
    buffer.addText(run.text);
    buffer.guessSegmentProperties();
    buffer.setLanguage('bg');
    hb.shape(run.f.font, buffer);
    const scale = size / run.f.upem;
    for (const g of buffer.getGlyphInfosAndPositions()) {
      const d = run.f.font.glyphToPath(g.codepoint);
      if (d)
        parts.push(
          `<path transform="translate(${(pen + (g.xOffset ?? 0) * scale).toFixed(2)} ${baseline}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${d}"/>`,
        );
      pen += (g.xAdvance ?? 0) * scale;
    }
    buffer.destroy?.();
  }
  return { svg: parts.join(''), width: pen - x };
}

/** Greedy word wrap by measured width. */
function wrap(fonts, text, size, maxWidth) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textPath(fonts, next, size, 0, 0).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line];
}

const bold = await ubuntu(700);
const regular = await ubuntu(400);
const ink = '#1b1f24';
const W = 1200;
const H = 630;
const left = 96;
const markSize = 132;
const nameSize = 96;
const lineSize = 40;
const name = textPath(bold, site.name, nameSize, left + markSize + 36, 175 + markSize / 2 + nameSize * 0.35);
const lines = wrap(regular, site.tagline, lineSize, W - 2 * left);
const tagline = lines.map((l, i) => textPath(regular, l, lineSize, left, 400 + i * lineSize * 1.4).svg).join('');
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="#f6f7f9"/><rect y="${H - 24}" width="${W}" height="24" fill="${MARK_COLOURS.ground}"/>
<g transform="translate(${left} 175) scale(${markSize / 32})"><rect width="32" height="32" rx="6" fill="${MARK_COLOURS.ground}"/><path d="${MARK_LETTER_PATH}" fill="${MARK_COLOURS.letter}" fill-rule="evenodd"/></g>
<g fill="${ink}">${name.svg}${tagline}</g></svg>`;

// PNGs without time stamps or other varying chunks, so a rerun on one commit gives the same bytes.
const png = (svg, size) => sharp(Buffer.from(svg), { density: 72 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

writeFileSync('public/favicon.svg', `${markSvg()}\n`);
writeFileSync('public/og-default.png', await sharp(Buffer.from(card)).png({ compressionLevel: 9 }).toBuffer());
writeFileSync('public/apple-touch-icon.png', await png(markSvg(180), 180));

// An ICO file may hold PNG images: a 6-byte header, a 16-byte entry per image, then the PNGs.
const sizes = [16, 32, 48];
const pngs = await Promise.all(sizes.map((size) => png(markSvg(size), size)));
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((image, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(sizes[i], entry);
  header.writeUInt8(sizes[i], entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(image.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += image.length;
});
writeFileSync('public/favicon.ico', Buffer.concat([header, ...pngs]));
console.log(
  `public/favicon.svg, public/favicon.ico (${sizes.join(', ')} px), public/apple-touch-icon.png, public/og-default.png (${lines.length} lines of tagline)`,
);
