import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';

const skip = Boolean(browserUnavailableReason());

/** WCAG relative luminance of an rgb()/rgba() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((v) => v / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.skipIf(skip)('the header search box', () => {
  const site = useSite();

  it('has a placeholder with at least 4.5:1 contrast, fully opaque', async () => {
    const page = await site.newPage({ width: 360, height: 740 });
    await page.goto(`${site.url}/`);
    const style = await page.evaluate(() => {
      const input = document.querySelector('#site-search')!;
      const placeholder = getComputedStyle(input, '::placeholder');
      return { color: placeholder.color, opacity: placeholder.opacity, background: getComputedStyle(input).backgroundColor };
    });
    expect(style.opacity).toBe('1');
    expect(style.background).toBe('rgb(255, 255, 255)');
    expect(contrast(style.color, style.background)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});
