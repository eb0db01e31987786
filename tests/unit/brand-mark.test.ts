import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { markSvg } from '../../src/lib/brand-mark';

describe("the site's mark and the files made from it (npm run make:icons)", () => {
  it('is drawn as paths only, so no font decides how it looks', () => {
    expect(markSvg()).toMatch(/<path d="M/);
    expect(markSvg()).not.toMatch(/<text|font-family|@font-face/);
  });

  it('public/favicon.svg is the mark as src/lib/brand-mark.ts draws it now', () => {
    expect(readFileSync('public/favicon.svg', 'utf8'), 'пуснете npm run make:icons и добавете public/ в Git').toBe(`${markSvg()}\n`);
  });

  it('the touch icon is 180×180 and the share image 1200×630', async () => {
    expect(await sharp('public/apple-touch-icon.png').metadata()).toMatchObject({ format: 'png', width: 180, height: 180 });
    expect(await sharp('public/og-default.png').metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('favicon.ico holds 16, 32 and 48 px images', () => {
    const ico = readFileSync('public/favicon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    expect(Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i))).toEqual([16, 32, 48]);
  });
});
