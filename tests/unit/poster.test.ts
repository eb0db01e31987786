import QRCode from 'qrcode';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { A3, CAPTION_TO_EMBLEM, QR_QUIET_ZONE, estimatedLines, hasPoster, posterLayout, qrDrawing, qrPath, shareOfWidth } from '../../src/lib/poster';

/** The cells a path of qrPath() paints, as "x,y". */
function paintedCells(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i += 1) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

describe('which projects get a poster', () => {
  it('exactly those whose page owes the EU block', () => {
    expect(hasPoster({ euBlocks: [{}] })).toBe(true);
    expect(hasPoster({ euBlocks: [] })).toBe(false);
  });
});

describe('the poster’s geometry', () => {
  const layout = posterLayout({ title: 19, goal: 380 });

  it('keeps the emblem 3:2, and no other drawing larger than it (821/2014 Art. 4(5))', () => {
    expect(layout.emblem.width / layout.emblem.height).toBe(1.5);
    expect(layout.qr).toBeLessThanOrEqual(layout.emblem.height);
    expect(layout.qr).toBeLessThanOrEqual(layout.emblem.width);
  });

  it('sizes the text beside the emblem in proportion to it, as on the site’s EU block', () => {
    expect(layout.caption / layout.emblem.height).toBeCloseTo(CAPTION_TO_EMBLEM, 2);
  });

  it('keeps the emblem and its text prominent: the emblem larger than any text, the caption larger than the body', () => {
    expect(layout.emblem.height).toBeGreaterThan(layout.title);
    expect(layout.caption).toBeGreaterThan(layout.body);
    expect(layout.title).toBeGreaterThan(layout.goal);
    expect(layout.goal).toBeGreaterThanOrEqual(layout.body);
  });

  it('sets a short title large and steps a long one down to keep it within three lines', () => {
    const short = posterLayout({ title: 19, goal: 0 }).title;
    const long = posterLayout({ title: 120, goal: 0 }).title;
    expect(long).toBeLessThan(short);
    expect(estimatedLines(120, long, A3.width - 2 * layout.margin)).toBeLessThanOrEqual(3);
  });

  it('steps a long goal down, never below a size read from a few metres', () => {
    const sizes = [100, 400, 800, 1600, 5000].map((goal) => posterLayout({ title: 40, goal }).goal);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes[0]).toBeGreaterThan(sizes.at(-1)!);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  });

  it('estimates more lines for more letters and for larger type', () => {
    expect(estimatedLines(10, 10, 267)).toBe(1);
    expect(estimatedLines(200, 10, 267)).toBeGreaterThan(estimatedLines(100, 10, 267));
    expect(estimatedLines(100, 20, 267)).toBeGreaterThan(estimatedLines(100, 10, 267));
  });

  it('writes millimetres of the sheet as shares of its width', () => {
    expect(shareOfWidth(A3.width)).toBe(1);
    expect(shareOfWidth(29.7)).toBe(0.1);
    expect(shareOfWidth(15)).toBe(0.05051);
  });
});

describe('the QR code', () => {
  it('paints exactly the dark modules, offset by the quiet zone, a run per row', () => {
    const modules = [
      [true, true, false, true],
      [false, false, false, false],
      [true, false, true, true],
    ];
    const path = qrPath(modules, 4);
    expect(path).toBe('M4 4h2v1h-2zM7 4h1v1h-1zM4 6h1v1h-1zM6 6h2v1h-2z');
    expect(paintedCells(path)).toEqual(new Set(['4,4', '5,4', '7,4', '4,6', '6,6', '7,6']));
  });

  it('encodes the address as an independent encoder does (the qrcode package, same mask)', () => {
    const url = 'https://vidimost.example/proekti/shans-za-nashite-detsa/';
    const ours = encode(url, { ecc: 'M', border: 0 });
    const theirs = QRCode.create(url, { errorCorrectionLevel: 'M', maskPattern: ours.maskPattern as QRCode.QRCodeMaskPattern });
    expect(theirs.modules.size).toBe(ours.size);
    const drawing = qrDrawing(url);
    expect(drawing.size).toBe(ours.size + 2 * QR_QUIET_ZONE);
    const expected = new Set<string>();
    for (let y = 0; y < theirs.modules.size; y += 1)
      for (let x = 0; x < theirs.modules.size; x += 1) if (theirs.modules.get(y, x)) expected.add(`${x + QR_QUIET_ZONE},${y + QR_QUIET_ZONE}`);
    expect(paintedCells(drawing.path)).toEqual(expected);
  });

  it('draws a different code for a different address', () => {
    expect(qrDrawing('https://vidimost.example/proekti/a/').path).not.toBe(qrDrawing('https://vidimost.example/proekti/b/').path);
  });
});
