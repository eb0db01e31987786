/**
 * The image files entries name, as Astro image imports (width, height, format), so that
 * `astro:assets` can turn them into AVIF and WebP. Every image under content/ and
 * public/images/ is known to the bundler through import.meta.glob; the content check has
 * already made sure each named file exists and is an image.
 */
import type { ImageMetadata } from 'astro';
import type { ImageData } from '../schemas/image.ts';
import { imageFilePath } from '../lib/content-images.ts';

// One pattern per case an editor's camera may write; the globs must be literal for Vite.
const GLOBBED = {
  ...import.meta.glob<ImageMetadata>('/content/**/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG,WEBP,AVIF}', { eager: true, import: 'default' }),
  ...import.meta.glob<ImageMetadata>('/public/images/**/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG,WEBP,AVIF}', { eager: true, import: 'default' }),
};
/** By the file's path from the project root, as imageFilePath gives it (the glob's keys start with a slash). */
const FILES = new Map(Object.entries(GLOBBED).map(([key, file]) => [key.slice(1), file]));

export interface ContentImage extends ImageData {
  /** The file's import, for <Picture>. */
  file: ImageMetadata;
  /** The file from the project root, e.g. content/media/x.jpg. */
  path: string;
}

/** An entry's images with their files; `entryFile` is the entry's file from the project root. */
export function contentImages(entryFile: string, images: readonly ImageData[]): ContentImage[] {
  return images.map((image) => {
    const path = imageFilePath(entryFile, image.src);
    const file = path ? FILES.get(path) : undefined;
    // The content check reports these first; reaching here is a bug, not an editor's mistake.
    if (!path || !file) throw new Error(`Image "${image.src}" of ${entryFile} was not found (the content check should have said so)`);
    return { ...image, file, path };
  });
}
