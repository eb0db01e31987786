/**
 * A generated example picture for tests (no real project has photos in the sample content,
 * and none may be invented): a drawn landscape, written as JPEG unless another format is asked.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

/** The alt text the fixtures use, labelled as an example. */
export const EXAMPLE_ALT = 'Пример – нарисувана къща под слънце, не снимка от проект';

export function exampleSvg(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 160 90" preserveAspectRatio="none">
<rect width="160" height="90" fill="#cfe6f7"/><rect y="62" width="160" height="28" fill="#8cc084"/>
<circle cx="128" cy="20" r="10" fill="#f5c542"/><rect x="40" y="40" width="40" height="30" fill="#f2efe9"/>
<path d="M36 42 60 24 84 42z" fill="#c0504d"/><rect x="55" y="54" width="10" height="16" fill="#6b4f3a"/></svg>`;
}

export async function writeExampleImage(path: string, { width = 1600, height = 900, format = 'jpeg' as 'jpeg' | 'png' | 'webp' | 'avif' } = {}) {
  mkdirSync(dirname(path), { recursive: true });
  await sharp(Buffer.from(exampleSvg(width, height)))
    .resize(width, height)
    .toFormat(format)
    .toFile(path);
}
