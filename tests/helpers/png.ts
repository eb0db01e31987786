/** PNG pixels for tests that look at drawn images (the social cards). */
import sharp from 'sharp';

/** A decoded image: RGBA pixels, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

export async function decodePng(png: Uint8Array): Promise<Pixels> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** How many pixels of a box are within a small distance of a colour (#rrggbb). */
export function pixelsNear(image: Pixels, box: { x: number; y: number; width: number; height: number }, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y += 1)
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const i = (y * image.width + x) * 4;
      if (Math.abs(image.data[i]! - r!) + Math.abs(image.data[i + 1]! - g!) + Math.abs(image.data[i + 2]! - b!) < 40) n += 1;
    }
  return n;
}
