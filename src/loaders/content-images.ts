/**
 * The image files an entry names (`images[].src`): each must exist where the path says and be
 * an image the build can read. Shared by the content check (and so the dev preview's error
 * page) and Astro's loader, so the build never reaches the image step with a missing file.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-errors.ts';
import { imageFilePath, imageSrcProblem, probeImage, PROBE_BYTES } from '../lib/content-images.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { contentFiles, readContentText, type LineOf } from './content-file.ts';

/** The first bytes of a file, or undefined when it cannot be read as a file. */
function headOf(path: string): Uint8Array | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(PROBE_BYTES);
      const read = readSync(fd, buffer, 0, PROBE_BYTES, 0);
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** One problem per image whose file is missing or unreadable; `data` is the entry as written. */
export function imageFileProblems(root: string, file: string, data: unknown, lineOf: LineOf = () => undefined): ContentProblem[] {
  const images = (data as { images?: unknown } | undefined)?.images;
  if (!Array.isArray(images)) return [];
  return images.flatMap((image, i): ContentProblem[] => {
    const src = (image as { src?: unknown } | null)?.src;
    // A path the schema rejects is reported by the schema, once.
    if (typeof src !== 'string' || !src.trim() || imageSrcProblem(src.trim())) return [];
    const field = `images[${i + 1}].src`;
    const at = { file, line: lineOf(['images', i, 'src']), field, kind: 'reference' as const };
    const path = imageFilePath(file, src.trim());
    if (!path) {
      return [{ ...at, message: `„${src}“ сочи извън папката content/; сложете снимката в content/media/ и пишете ../media/ime-na-snimkata.jpg` }];
    }
    const head = headOf(join(root, path));
    if (!head) {
      return [
        {
          ...at,
          message: `файлът ${path} не съществува; качете снимката там или поправете пътя (пише се спрямо файла на записа, напр. ../media/detska-gradina.jpg за content/media/detska-gradina.jpg)`,
        },
      ];
    }
    if (!probeImage(head)) {
      return [
        {
          ...at,
          message: `файлът ${path} не е снимка, която сайтът може да прочете (JPEG, PNG, WebP или AVIF), или е повреден; отворете го и го запишете отново като JPEG`,
        },
      ];
    }
    return [];
  });
}

/** The collections whose entries may name images. */
const WITH_IMAGES = [COLLECTIONS.projects, COLLECTIONS.news];

/**
 * Every image file some project or news item names and that is there to read, from the
 * project root (content/media/x.jpg), sorted: the only images the build bundles, so that a
 * file left in content/media/ after its entry dropped it is never published.
 */
export function namedImageFiles(root: string): string[] {
  const named = new Set<string>();
  for (const spec of WITH_IMAGES) {
    for (const { file } of contentFiles(root, spec)) {
      let data: unknown;
      try {
        data = readContentText(readFileSync(join(root, file), 'utf8'), file).data;
      } catch {
        continue; // the content check names the file
      }
      const images = (data as { images?: unknown } | undefined)?.images;
      if (!Array.isArray(images)) continue;
      for (const image of images) {
        const src = (image as { src?: unknown } | null)?.src;
        if (typeof src !== 'string' || imageSrcProblem(src.trim())) continue;
        const path = imageFilePath(file, src.trim());
        if (path && headOf(join(root, path))) named.add(path);
      }
    }
  }
  return [...named].sort();
}
