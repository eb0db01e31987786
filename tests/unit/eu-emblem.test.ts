import { describe, expect, it } from 'vitest';
import { emblemFontsFor, emblemGeometry } from '../../src/lib/eu-emblem';

describe('the EU emblem geometry', () => {
  const height = 180;
  const g = emblemGeometry(height);

  it('is a 3:2 rectangle', () => {
    expect(g.width / g.height).toBe(1.5);
  });

  it('has twelve stars on a circle of a third of the height, the first at twelve o’clock', () => {
    expect(g.starCentres).toHaveLength(12);
    for (const { x, y } of g.starCentres) {
      expect(Math.hypot(x - g.width / 2, y - g.height / 2)).toBeCloseTo(height / 3, 1);
    }
    expect(g.starCentres[0]).toEqual({ x: g.width / 2, y: g.height / 2 - height / 3 });
  });

  it('draws stars of radius one eighteenth of the height, one point up', () => {
    const points = g.starPath
      .slice(1, -1)
      .split('L')
      .map((p) => p.split(' ').map(Number));
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual([0, -height / 18]);
    const outer = points.filter((_, i) => i % 2 === 0).map(([x, y]) => Math.hypot(x!, y!));
    for (const r of outer) expect(r).toBeCloseTo(height / 18, 1);
  });
});

describe('the emblem font files a page needs', () => {
  it('is the Cyrillic file alone for captions in Bulgarian, spaces included', () => {
    expect(emblemFontsFor(['Европейски съюз', 'Европейски социален фонд'])).toEqual(['/fonts/eu-emblem-cyrillic.woff2']);
  });
  it('adds the Latin file only for a character outside Cyrillic and the space (ЕСФ+)', () => {
    expect(emblemFontsFor(['Европейски съюз', 'ЕСФ+'])).toEqual(['/fonts/eu-emblem-cyrillic.woff2', '/fonts/eu-emblem-latin.woff2']);
  });
  it('is one Latin file of its own, space included, for English captions', () => {
    expect(emblemFontsFor(['European Union', 'European Social Fund'], 'en')).toEqual(['/fonts/eu-emblem-en.woff2']);
    expect(emblemFontsFor(['Co-funded by the European Union'], 'en')).toEqual(['/fonts/eu-emblem-en.woff2']);
  });
  it('is none without a caption', () => {
    expect(emblemFontsFor([])).toEqual([]);
  });
});
