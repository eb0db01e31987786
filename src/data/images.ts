/**
 * The image files entries name, as Astro image imports (width, height, format), so that
 * `astro:assets` can turn them into AVIF and WebP. The content check has already made sure
 * each named file exists and is an image.
 */
import type { ImageMetadata } from 'astro';
import type { ImageData } from '../schemas/image.ts';
import { imageFilePath } from '../lib/content-images.ts';

// Only the files content names (src/integrations/content-images.ts), by their path from the project root.
import FILES from 'virtual:vidimost/content-images';

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
