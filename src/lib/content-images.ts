/**
 * Images in content: where the file an entry names lies, and whether its bytes are an image
 * the build can read. Pure: the loaders read the files and pass their bytes in.
 *
 * An entry names its image the way the visual editor writes it: relative to the entry's own
 * file (`../media/snimka.jpg` is content/media/snimka.jpg for a file in content/projects/), or
 * from the site's root for a file in public/images/ (`/images/snimka.jpg`).
 */

/** The file types the build turns into AVIF and WebP. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** Files under public/ that entries may name: one folder, so the build bundles no other public file. */
export const PUBLIC_IMAGE_FOLDER = 'public/images';

/** Where uploads from the visual editor go, and the path it writes from an entry's folder. */
export const MEDIA_FOLDER = 'content/media';
export const MEDIA_FROM_ENTRY = '../media';

const extensionOf = (src: string) => /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase();

/** What is wrong with an image path as written, in the editor's words; undefined when it can be used. */
export function imageSrcProblem(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return 'е уеб адрес, а снимката трябва да е файл на сайта (страниците не зареждат нищо от други сайтове); свалете я в content/media/ и пишете ../media/ime-na-snimkata.jpg';
  }
  const extension = extensionOf(src);
  if (!extension || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `не завършва на ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}; запишете снимката в един от тези формати, напр. ../media/detska-gradina.jpg`;
  }
  if (src.startsWith('/') && !src.startsWith(`/${PUBLIC_IMAGE_FOLDER.slice('public/'.length)}/`)) {
    return `сочи в public/, но извън ${PUBLIC_IMAGE_FOLDER}/; сложете снимката в content/media/ и пишете ../media/ime-na-snimkata.jpg`;
  }
  return undefined;
}

/** Collapses `.` and `..` in a path of `/`-separated parts; undefined when it climbs above its start. */
function normalize(parts: string[]): string[] | undefined {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out;
}

/**
 * The image's file from the project root, e.g. content/media/snimka.jpg, for an entry file such
 * as content/projects/x.mdx; undefined when the path leaves content/ (or public/images/).
 */
export function imageFilePath(entryFile: string, src: string): string | undefined {
  if (src.startsWith('/')) {
    const parts = normalize(`public${src}`.split('/'));
    const path = parts?.join('/');
    return path?.startsWith(`${PUBLIC_IMAGE_FOLDER}/`) ? path : undefined;
  }
  const folder = entryFile.split('/').slice(0, -1);
  const parts = normalize([...folder, ...src.split('/')]);
  return parts && parts[0] === 'content' && parts.length > 1 ? parts.join('/') : undefined;
}

export interface ImageSize {
  format: 'jpeg' | 'png' | 'webp' | 'avif';
  width: number;
  height: number;
}

/** How much of a file the probe needs: every header it reads lies in the first 64 KiB. */
export const PROBE_BYTES = 64 * 1024;

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

/**
 * The format and size an image file's first bytes declare, or undefined when they are not a
 * JPEG, PNG, WebP or AVIF with a size (a text file renamed .jpg, a cut-off download).
 */
export function probeImage(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sized = (format: ImageSize['format'], width: number, height: number) => (width > 0 && height > 0 ? { format, width, height } : undefined);
  if (bytes.length >= 24 && ascii(bytes, 1, 3) === 'PNG' && ascii(bytes, 12, 4) === 'IHDR') {
    return sized('png', view.getUint32(16), view.getUint32(20));
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    // JPEG: walk the segments to the frame header (SOF0–SOF15 but DHT, JPG and DAC).
    let at = 2;
    while (at + 9 <= bytes.length) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1]!;
      if (marker === 0xff) {
        at += 1;
        continue;
      }
      const length = view.getUint16(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return sized('jpeg', view.getUint16(at + 7), view.getUint16(at + 5));
      }
      at += 2 + length;
    }
    return undefined;
  }
  if (bytes.length >= 30 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    const chunk = ascii(bytes, 12, 4);
    if (chunk === 'VP8 ') return sized('webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true);
      return sized('webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (chunk === 'VP8X') {
      const w = bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16);
      const h = bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16);
      return sized('webp', w + 1, h + 1);
    }
    return undefined;
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 4))) {
    // The first image spatial extent property ('ispe') carries the size.
    for (let at = 12; at + 16 <= Math.min(bytes.length, PROBE_BYTES); at += 1) {
      if (bytes[at] === 0x69 && ascii(bytes, at, 4) === 'ispe') return sized('avif', view.getUint32(at + 8), view.getUint32(at + 12));
    }
  }
  return undefined;
}

/** The widths to offer a browser for an image `width` pixels wide: the steps it reaches, and itself. */
export function imageWidths(width: number, steps: readonly number[] = [360, 720, 1080, 1440]): number[] {
  return [...new Set([...steps.filter((s) => s < width), Math.min(width, steps.at(-1) ?? width)])].sort((a, b) => a - b);
}
