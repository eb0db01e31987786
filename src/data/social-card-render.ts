/**
 * Draws a social card (src/lib/social-card.ts) to PNG at build time: satori lays the tree out
 * as SVG with its text as paths, resvg rasterizes it with no system fonts, so two builds of one
 * commit give the same bytes on any machine. Fonts, the mark and the emblem are loaded once and
 * shared by every card; a card whose tree is unchanged is read back from the cache instead.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as hb from 'harfbuzzjs';
import satori from 'satori';
import { markSvg } from '../lib/brand-mark.ts';
import { emblemSvg } from '../lib/eu-emblem.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, LATIN_FAMILY, type CardInput, type CardNode, type Measure } from '../lib/social-card.ts';

const require = createRequire(import.meta.url);

/** Bump when the drawing changes in a way the tree does not show (the renderers' options). */
const CACHE_VERSION = 1;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'vidimost-cards');

type Weight = 400 | 700;
type Script = 'cyrillic' | 'latin';
const WEIGHTS: Weight[] = [700, 400];
const SCRIPTS: Script[] = ['cyrillic', 'latin'];

interface Shaper {
  font: hb.Font;
  upem: number;
}

interface Assets {
  fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[];
  shapers: Record<`${Script}-${Weight}`, Shaper>;
  art: { markSvg: string; emblemSvg: string };
  measure: Measure;
  /** What every cached card depends on besides its tree. */
  fingerprint: string;
}

let assets: Promise<Assets> | undefined;

/** Ubuntu from @fontsource/ubuntu (split by script), as satori takes it and as HarfBuzz measures it. */
async function loadAssets(): Promise<Assets> {
  const decompress = require('wawoff2/decompress') as (input: Buffer) => Promise<Uint8Array>;
  const file = (script: Script, weight: Weight) => readFileSync(require.resolve(`@fontsource/ubuntu/files/ubuntu-${script}-${weight}-normal.woff2`));
  const fonts = SCRIPTS.flatMap((script) =>
    WEIGHTS.map((weight) => ({ name: script === 'cyrillic' ? 'Ubuntu' : LATIN_FAMILY, data: file(script, weight), weight, style: 'normal' as const })),
  );
  const shapers = {} as Assets['shapers'];
  for (const script of SCRIPTS)
    for (const weight of WEIGHTS) {
      const face = new hb.Face(new hb.Blob(await decompress(file(script, weight))));
      shapers[`${script}-${weight}`] = { font: new hb.Font(face), upem: face.upem };
    }
  const versions = ['satori', '@resvg/resvg-js', '@fontsource/ubuntu'].map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ CACHE_VERSION, versions }))
    .update(Buffer.concat(fonts.map((f) => f.data)))
    .digest('hex');
  return { fonts, shapers, art: { markSvg: markSvg(), emblemSvg: emblemSvg() }, measure: measurer(shapers), fingerprint };
}

// The Cyrillic file has the space too: satori takes it from the first family, as measured here.
const isCyrillicFile = (c: string) => c === ' ' || /[\u0400-\u045f\u0490\u0491\u04b0\u04b1\u2116]/u.test(c);

/**
 * Text width as satori shapes it: HarfBuzz over runs of one font file each. Widths of words
 * (and of the space) are kept at 1 px and scaled, so fitting a title shapes each word once.
 */
function measurer(shapers: Assets['shapers']): Measure {
  const unit = new Map<string, number>();
  const shapeRun = (text: string, weight: Weight) => {
    let width = 0;
    const runs: { script: Script; text: string }[] = [];
    for (const ch of text) {
      const script: Script = isCyrillicFile(ch) ? 'cyrillic' : 'latin';
      if (runs.at(-1)?.script === script) runs.at(-1)!.text += ch;
      else runs.push({ script, text: ch });
    }
    for (const run of runs) {
      const { font, upem } = shapers[`${run.script}-${weight}`];
      const buffer = new hb.Buffer();
      buffer.addText(run.text);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      for (const g of buffer.getGlyphInfosAndPositions()) width += (g.xAdvance ?? 0) / upem;
    }
    return width;
  };
  const word = (text: string, weight: Weight) => {
    const key = `${weight}:${text}`;
    let width = unit.get(key);
    if (width === undefined) unit.set(key, (width = shapeRun(text, weight)));
    return width;
  };
  return (text, size, weight) => size * text.split(/( )/).reduce((sum, part) => sum + (part ? word(part, weight) : 0), 0);
}

/** The card's tree, as laid out for these fonts (for tests of the composition). */
export async function socialCardTree(input: CardInput): Promise<CardNode> {
  const { art, measure } = await (assets ??= loadAssets());
  return cardTree(input, art, measure).tree;
}

/** The card as SVG (text as paths). */
export async function socialCardSvg(input: CardInput): Promise<string> {
  const { fonts } = await (assets ??= loadAssets());
  return satori(await socialCardTree(input), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

/** The card as PNG; `cache: false` draws it anew (the determinism test). */
export async function socialCardPng(input: CardInput, { cache = true }: { cache?: boolean } = {}): Promise<Uint8Array> {
  const { fonts, fingerprint } = await (assets ??= loadAssets());
  const tree = await socialCardTree(input);
  const key = createHash('sha256').update(fingerprint).update(JSON.stringify(tree)).digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  if (cache && existsSync(cached)) return readFileSync(cached);
  const svg = await satori(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 2 }).render().asPng();
  if (cache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  }
  return png;
}
