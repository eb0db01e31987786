/**
 * What every build-time chart shares: its drawing width (a phone's content column, so labels
 * read at 360 px; wider screens scale it up to a limit) and how labels break into lines,
 * since SVG text does not wrap by itself.
 */

/** Width of a chart's viewBox: the content column of a 360 px screen, padding taken off. */
export const CHART_WIDTH = 328;
/** Label size in viewBox units (CSS pixels at 360 px). */
export const FONT_SIZE = 14;
export const LINE_HEIGHT = 18;
/** Height of one bar in the horizontal bar charts (money, reach). */
export const BAR_HEIGHT = 16;
// An average Cyrillic letter of a sans-serif system font is about 0.55 em wide; 0.6 leaves room.
const CHAR_WIDTH = FONT_SIZE * 0.6;

/** How many letters fit in a width, so that no label runs out of its chart. */
export function charsIn(width: number): number {
  return Math.max(1, Math.floor(width / CHAR_WIDTH));
}

/** Breaks a label into lines of at most `maxChars` letters, at spaces; a longer word stands alone. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A length proportional to value/max, in whole tenths of a unit so that the SVG stays short. */
export function scaled(value: number, max: number, length: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.round((value / max) * length * 10) / 10;
}
