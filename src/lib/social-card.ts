/**
 * The social card of a project or a news item (og:image, 1200×630): where each part goes and
 * how the title is fitted, as an element tree that satori lays out (src/data/social-cards.ts
 * renders it). Pure: text widths come from the caller's `measure`, the words from the strings
 * tables, and whether the EU emblem is shown from the project's EU blocks (src/lib/project-view.ts),
 * the same decision the page's EU block follows.
 */
import { MARK_COLOURS } from './brand-mark.ts';
import { EMBLEM_BLUE } from './eu-emblem.ts';
import type { EmblemLine } from './eu-funding.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The width of a text in px at a font size and weight (Ubuntu, as the card draws it). */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

const MARGIN = 80;
const INNER = CARD_WIDTH - 2 * MARGIN;
const INK = '#1b1f24';
const MUTED = '#4a5361';
const MARK_SIZE = 72;
const TITLE_TOP = 176;
const TITLE_LINE = 1.15;
const ORG_SIZE = 32;
/** The organization's line and the gap above it. */
const ORG_BLOCK = 24 + ORG_SIZE * 1.25;
const BAND = 24;
/** Title sizes tried from the largest down; below the last one the title is shortened instead. */
export const TITLE_SIZES = [64, 56, 50, 44] as const;

/**
 * The emblem's box: bottom left, 100 px high (larger than the site's mark, as the rules ask of
 * the emblem beside other logos), on the card's white ground. Tests look for its colours here.
 */
export const EMBLEM_BOX = { x: MARGIN, y: 470, width: 150, height: 100 } as const;
const CAPTION_SIZE = 30;

export interface CardText {
  text: string;
  /** The language the text is written in (an English page may show a Bulgarian title). */
  lang: 'bg' | 'en';
}

export interface CardInput {
  /** The card's language: its labels and the statement beside the emblem. */
  lang: 'bg' | 'en';
  /** „Проект“ / „Новина · 28.04.2023 г.“: what the card stands for. */
  label: string;
  title: CardText;
  /** The lead organization (a project's) or the first one named (a news item's). */
  organization?: CardText;
  siteName: string;
  /**
   * The lines beside the EU emblem, already worded; empty or absent: no emblem. Only a
   * project that owes the EU block has them (cardEmblemLines).
   */
  emblem?: string[];
}

/** What the card's text alternative (og:image:alt) says, worded by the strings tables. */
export interface CardAlt {
  title: string;
  organization?: string;
  /** The statement beside the emblem, line by line; empty without an emblem. */
  emblem: string[];
  siteName: string;
}

/** The images the card draws: the site's mark and the EU emblem as SVG documents. */
export interface CardArt {
  markSvg: string;
  emblemSvg: string;
}

export interface FittedText {
  size: number;
  lines: string[];
  /** True when even the smallest size could not hold the whole text and it ends in „…“. */
  shortened: boolean;
}

const ELLIPSIS = '…';

/**
 * The font families the tree names: Fontsource splits Ubuntu by script, so the Cyrillic files
 * are „Ubuntu“ and the Latin ones (digits, punctuation, „“) a family of their own after it.
 */
export const LATIN_FAMILY = 'Ubuntu Latin';

/** Greedy wrap by measured width; a word wider than the line stays whole on its own line. */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

/** A line cut to fit with „…“ at its end: whole words first, letters only when one word is too long. */
export function shortenLine(line: string, fits: (line: string) => boolean): string {
  const words = line.split(' ');
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(' ').replace(/[\s,;:–-]+$/u, '')}${ELLIPSIS}`;
    if (fits(candidate)) return candidate;
  }
  let chars = [...words[0]!];
  while (chars.length > 1 && !fits(`${chars.join('')}${ELLIPSIS}`)) chars = chars.slice(0, -1);
  return `${chars.join('')}${ELLIPSIS}`;
}

/**
 * The title at the largest size whose wrapped lines fit the box; if none does, at the
 * smallest size, its last line shortened with „…“ (and only then).
 */
export function fitText(text: string, box: { width: number; height: number }, measure: Measure, sizes: readonly number[], weight: 400 | 700 = 700): FittedText {
  for (const size of sizes) {
    const fits = (line: string) => measure(line, size, weight) <= box.width;
    const lines = wrapWords(text, fits);
    const maxLines = Math.max(1, Math.floor(box.height / (size * TITLE_LINE)));
    if (lines.length <= maxLines && lines.every(fits)) return { size, lines, shortened: false };
  }
  const size = sizes.at(-1)!;
  const fits = (line: string) => measure(line, size, weight) <= box.width;
  const maxLines = Math.max(1, Math.floor(box.height / (size * TITLE_LINE)));
  const wrapped = wrapWords(text, fits);
  const kept = wrapped.slice(0, maxLines);
  // The last line kept takes the words after it too, then loses words until „…“ fits.
  if (wrapped.length > maxLines) kept[maxLines - 1] = shortenLine(wrapped.slice(maxLines - 1).join(' '), fits);
  // A line may also be one word too long for the width: cut it by letters.
  return { size, lines: kept.map((line) => (fits(line) ? line : shortenLine(line, fits))), shortened: true };
}

/** The lines beside the emblem for a project's EU blocks, each once, in order; none without an EU block. */
export function cardEmblemLines(blocks: readonly { caption: readonly EmblemLine[] }[]): EmblemLine[] {
  return [...new Set(blocks.flatMap((block) => block.caption))];
}

/** The title's box: above the organization, and above the emblem when there is one. */
export function titleBox(withEmblem: boolean): { width: number; height: number } {
  const bottom = withEmblem ? EMBLEM_BOX.y - 28 : CARD_HEIGHT - BAND - 48;
  return { width: INNER, height: bottom - TITLE_TOP - ORG_BLOCK };
}

/** A node of the tree satori lays out (the shape React elements have). */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | string;
    src?: string;
    alt?: string;
    lang?: string;
    'data-part'?: string;
    width?: number;
    height?: number;
  };
}

const node = (type: string, props: CardNode['props']): CardNode => ({ type, props });
const svgUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** The card as an element tree: site mark and name, label, title, organization, and the emblem where owed. */
export function cardTree(input: CardInput, art: CardArt, measure: Measure): { tree: CardNode; title: FittedText } {
  const emblem = input.emblem?.length ? input.emblem : undefined;
  const title = fitText(input.title.text, titleBox(Boolean(emblem)), measure, TITLE_SIZES);
  const organization = input.organization && fitText(input.organization.text, { width: INNER, height: ORG_SIZE * TITLE_LINE }, measure, [ORG_SIZE], 400);
  const at = (x: number, y: number, extra: Record<string, string | number> = {}) => ({ position: 'absolute', left: x, top: y, display: 'flex', ...extra });
  const children: CardNode[] = [
    node('img', { 'data-part': 'mark', src: svgUri(art.markSvg), width: MARK_SIZE, height: MARK_SIZE, style: at(MARGIN, 56) }),
    node('div', {
      'data-part': 'site-name',
      lang: 'bg',
      style: at(MARGIN + MARK_SIZE + 24, 56, { height: MARK_SIZE, alignItems: 'center', fontSize: 44, fontWeight: 700, color: INK }),
      children: input.siteName,
    }),
    node('div', {
      'data-part': 'label',
      lang: input.lang,
      style: {
        position: 'absolute',
        right: MARGIN,
        top: 56,
        height: MARK_SIZE,
        display: 'flex',
        alignItems: 'center',
        fontSize: 28,
        fontWeight: 400,
        color: MUTED,
      },
      children: input.label,
    }),
    node('div', {
      'data-part': 'text',
      style: at(MARGIN, TITLE_TOP, { width: INNER, flexDirection: 'column' }),
      children: [
        node('div', {
          'data-part': 'title',
          lang: input.title.lang,
          style: { display: 'flex', flexDirection: 'column', fontSize: title.size, fontWeight: 700, lineHeight: TITLE_LINE, color: INK },
          children: title.lines.map((line) => node('div', { style: { whiteSpace: 'nowrap' }, children: line })),
        }),
        ...(organization
          ? [
              node('div', {
                'data-part': 'organization',
                lang: input.organization!.lang,
                style: { marginTop: 24, fontSize: ORG_SIZE, fontWeight: 400, color: MUTED, whiteSpace: 'nowrap' },
                children: organization.lines[0]!,
              }),
            ]
          : []),
      ],
    }),
  ];
  if (emblem) {
    children.push(
      node('img', {
        'data-part': 'eu-emblem',
        src: svgUri(art.emblemSvg),
        width: EMBLEM_BOX.width,
        height: EMBLEM_BOX.height,
        style: at(EMBLEM_BOX.x, EMBLEM_BOX.y),
      }),
      node('div', {
        'data-part': 'eu-statement',
        lang: input.lang,
        style: at(EMBLEM_BOX.x + EMBLEM_BOX.width + 24, EMBLEM_BOX.y, {
          height: EMBLEM_BOX.height,
          flexDirection: 'column',
          justifyContent: 'center',
          // Ubuntu Bold, one of the typefaces the emblem rules allow, in the emblem's blue.
          fontSize: CAPTION_SIZE,
          fontWeight: 700,
          lineHeight: 1.2,
          color: EMBLEM_BLUE,
        }),
        children: emblem.map((line) => node('div', { style: { whiteSpace: 'nowrap' }, children: line })),
      }),
    );
  }
  children.push(node('div', { style: at(0, CARD_HEIGHT - BAND, { width: CARD_WIDTH, height: BAND, backgroundColor: MARK_COLOURS.ground }) }));
  const tree = node('div', {
    style: {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      position: 'relative',
      backgroundColor: '#ffffff',
      fontFamily: `Ubuntu, '${LATIN_FAMILY}'`,
    },
    children,
  });
  return { tree, title };
}

/** Every node of a tree with the given data-part (for tests and checks of the composition). */
export function partsOf(tree: CardNode, part: string): CardNode[] {
  const kids = Array.isArray(tree.props.children) ? tree.props.children.filter((c): c is CardNode => typeof c !== 'string') : [];
  return [...(tree.props['data-part'] === part ? [tree] : []), ...kids.flatMap((c) => partsOf(c, part))];
}
