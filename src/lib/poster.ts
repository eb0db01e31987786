/**
 * The A3 poster an EU-funded project must put up (Regulation 1303/2013 Annex XII 2.2(2)(b);
 * for 2021-2027 Art. 50 of 2021/1060: a display of at least A3): which projects get one, its
 * geometry in millimetres, and its QR code. Pure: texts' lengths in, numbers and paths out.
 */
import { encode } from 'uqr';

/** A3 portrait, in millimetres (ISO 216). */
export const A3 = { width: 297, height: 420 } as const;

/** A project gets a poster exactly when its page owes the EU block: one block per EU programme. */
export function hasPoster(project: { euBlocks: readonly unknown[] }): boolean {
  return project.euBlocks.length > 0;
}

/** Sizes on the poster, in millimetres; font sizes are the em box. */
export interface PosterLayout {
  margin: number;
  /** The emblem's rectangle, 3:2 (821/2014 Annex II). */
  emblem: { width: number; height: number };
  /** „Европейски съюз“ and the fund, or „Съфинансирано от Европейския съюз“, beside the emblem. */
  caption: number;
  title: number;
  goal: number;
  /** The facts under the goal: beneficiary, programme, support, contract. */
  body: number;
  /** The side of the QR code with its quiet zone. */
  qr: number;
  /** The address printed beside the QR code. */
  small: number;
}

/** The emblem's height: big enough to be the first thing seen across a corridor. */
const EMBLEM_HEIGHT = 48;
/**
 * The caption's size as a share of the emblem's height: as on the site's EU block (a 4rem
 * high emblem beside 1.05rem text), so that the text is „proportionate to the emblem“
 * (821/2014 Art. 4(4)).
 */
export const CAPTION_TO_EMBLEM = 1.05 / 4;
/** Not a logo, but kept smaller than the emblem all the same (821/2014 Art. 4(5)). */
const QR_SIZE = 42;

/** Average advance of a Cyrillic letter in a sans-serif face, as a share of the em: for estimates only. */
const CHAR_WIDTH = 0.56;

/** Lines a text of `chars` letters takes at `size` mm in a column `width` mm wide (an estimate). */
export function estimatedLines(chars: number, size: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_WIDTH)));
  return Math.max(1, Math.ceil(chars / perLine));
}

/** The title's sizes, largest first (mm; 17 mm ≈ 48 pt): the first that keeps it to three lines. */
const TITLE_SIZES = [17, 15, 13, 11.5, 10];
/** The goal's sizes (mm; 9 mm ≈ 26 pt): the first that keeps it within its share of the page. */
const GOAL_SIZES = [9, 8, 7, 6.3, 5.6, 5];
/** Height left for the goal once the emblem band, title, facts and QR band are placed, as a share of the page. */
const GOAL_SHARE = 0.3;

/**
 * The poster's geometry for a title and a goal of the given lengths: the emblem and its
 * caption fixed, the title and the goal as large as their lengths allow. The browser test
 * (tests/browser/poster.test.ts) prints each poster and checks that it fits one A3 page.
 */
export function posterLayout(lengths: { title: number; goal: number }): PosterLayout {
  const margin = 15;
  const column = A3.width - 2 * margin;
  const title = TITLE_SIZES.find((size) => estimatedLines(lengths.title, size, column) <= 3) ?? TITLE_SIZES.at(-1)!;
  const goalRoom = A3.height * GOAL_SHARE;
  const goal = GOAL_SIZES.find((size) => estimatedLines(lengths.goal, size, column) * size * 1.35 <= goalRoom) ?? GOAL_SIZES.at(-1)!;
  return {
    margin,
    emblem: { width: EMBLEM_HEIGHT * 1.5, height: EMBLEM_HEIGHT },
    caption: Math.round(EMBLEM_HEIGHT * CAPTION_TO_EMBLEM * 10) / 10,
    title,
    goal,
    body: 6.5,
    qr: QR_SIZE,
    small: 5,
  };
}

/** A length on the poster as a share of its width: the screen preview scales by it, the print uses millimetres. */
export function shareOfWidth(mm: number): number {
  return Math.round((mm / A3.width) * 100000) / 100000;
}

/** The quiet zone around a QR code, in modules (ISO/IEC 18004 asks for four). */
export const QR_QUIET_ZONE = 4;

export interface QrDrawing {
  /** Modules per side, quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number;
  /** The dark modules as one path, a rectangle per run of dark modules in a row. */
  path: string;
}

/** The dark modules of a QR matrix as one SVG path, offset by the quiet zone. */
export function qrPath(modules: readonly (readonly boolean[])[], offset = QR_QUIET_ZONE): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run += 1;
      parts.push(`M${x + offset} ${y + offset}h${run}v1h-${run}z`);
      x += run - 1;
    }
  });
  return parts.join('');
}

/** A QR code of `text` (error correction M: still read with a corner scuffed), drawn at build time. */
export function qrDrawing(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  return { size: size + 2 * QR_QUIET_ZONE, path: qrPath(data) };
}
