/**
 * The EU emblem drawn to its official geometry: a 3:2 rectangle; twelve five-pointed stars,
 * one point up, on a circle whose radius is a third of the height; each star's radius is an
 * eighteenth of the height. Colours: Reflex Blue and yellow.
 */

import type { Lang } from '../i18n/lang.ts';

export const EMBLEM_BLUE = '#003399';
export const EMBLEM_YELLOW = '#FFCC00';

const isCyrillic = (c: string) => /[\u0400-\u04ff]/.test(c);

/**
 * The font files of the texts beside the emblem (scripts/subset-font.mjs cuts them, each from
 * its language's captions), and the characters each carries. Bulgarian pages: Fontsource's
 * Cyrillic file has the space too, so a caption in Bulgarian needs that one file, the Latin
 * file only for the rest (the "+" of ЕСФ+). English pages use a family of their own, one Latin
 * file with the space, so they too need one file. The @font-face rules in
 * src/styles/global.css say the same.
 */
export const EMBLEM_FONT_FILES = [
  { name: 'cyrillic', lang: 'bg', source: 'cyrillic', path: '/fonts/eu-emblem-cyrillic.woff2', covers: (c: string) => c === ' ' || isCyrillic(c) },
  { name: 'latin', lang: 'bg', source: 'latin', path: '/fonts/eu-emblem-latin.woff2', covers: (c: string) => c !== ' ' && !isCyrillic(c) },
  { name: 'en', lang: 'en', source: 'latin', path: '/fonts/eu-emblem-en.woff2', covers: (c: string) => !isCyrillic(c) },
] as const satisfies readonly { name: string; lang: Lang; source: string; path: string; covers: (c: string) => boolean }[];

/** The font files a page's emblem captions need, for it to preload: one for a caption in one script. */
export function emblemFontsFor(captions: string[], lang: Lang = 'bg'): string[] {
  const chars = [...new Set(captions.join(''))];
  return EMBLEM_FONT_FILES.filter((file) => file.lang === lang && chars.some((c) => file.covers(c))).map((file) => file.path);
}

export interface EmblemGeometry {
  width: number;
  height: number;
  /** Path of one star centred on 0,0. */
  starPath: string;
  /** Centres of the twelve stars, clockwise from 12 o'clock. */
  starCentres: { x: number; y: number }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The white border the rules ask for around the emblem on a coloured background: 1/25 of the height. */
export function emblemBorder(height: number): number {
  return height / 25;
}

export function emblemGeometry(height = 120): EmblemGeometry {
  const width = height * 1.5;
  const circleRadius = height / 3;
  const outer = height / 18;
  // A regular pentagram's inner vertices lie at cos 72° / cos 36° of the outer radius.
  const inner = outer * (Math.cos((72 * Math.PI) / 180) / Math.cos((36 * Math.PI) / 180));
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const angle = (i * Math.PI) / 5; // 0 = straight up
    const radius = i % 2 === 0 ? outer : inner;
    points.push(`${round(radius * Math.sin(angle))} ${round(-radius * Math.cos(angle))}`);
  }
  const starCentres = Array.from({ length: 12 }, (_, i) => {
    const angle = (i * Math.PI) / 6;
    return { x: round(width / 2 + circleRadius * Math.sin(angle)), y: round(height / 2 - circleRadius * Math.cos(angle)) };
  });
  return { width, height, starPath: `M${points.join('L')}Z`, starCentres };
}

/** The emblem as a standalone SVG document, for images drawn outside a page (the social cards). */
export function emblemSvg(height = 120): string {
  const { width, starPath, starCentres } = emblemGeometry(height);
  const stars = starCentres.map(({ x, y }) => `<path d="${starPath}" transform="translate(${x} ${y})"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="${EMBLEM_BLUE}"/><g fill="${EMBLEM_YELLOW}">${stars}</g></svg>`
  );
}
