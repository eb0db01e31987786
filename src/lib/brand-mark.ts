/**
 * The site's mark: a bold Cyrillic „В“ (for „Видимост“) on a rounded blue square, drawn as
 * paths so the favicon, the header and the share image look the same without any font. One
 * source: the header inlines it, scripts/make-icons.mjs writes public/ from it.
 */

/** The drawing's coordinate box: a 32×32 square. */
export const MARK_VIEWBOX = '0 0 32 32';

/** The square's colour (the site's link blue) and the letter's. */
export const MARK_COLOURS = { ground: '#1a4f9c', letter: '#ffffff' } as const;

/**
 * „В“: a stem with a smaller upper bowl and a wider lower one, as in Cyrillic type; the two
 * counters are holes (even-odd fill).
 */
export const MARK_LETTER_PATH =
  'M9 6.5h8.2c3.9 0 6.2 1.9 6.2 4.9 0 1.9-1 3.3-2.7 4 2.4.6 3.9 2.4 3.9 4.9 0 3.4-2.6 5.2-6.7 5.2H9z' +
  'M13.2 10v4.4h3.6c1.6 0 2.5-.8 2.5-2.2S18.4 10 16.8 10z' +
  'M13.2 17.8V22h4.2c1.8 0 2.8-.8 2.8-2.1s-1-2.1-2.8-2.1z';

/** The whole mark as a standalone SVG document (for public/favicon.svg and the icon renders). */
export function markSvg(size?: number): string {
  const dims = size ? ` width="${size}" height="${size}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}"${dims}>` +
    `<rect width="32" height="32" rx="6" fill="${MARK_COLOURS.ground}"/>` +
    `<path d="${MARK_LETTER_PATH}" fill="${MARK_COLOURS.letter}" fill-rule="evenodd"/></svg>`
  );
}
