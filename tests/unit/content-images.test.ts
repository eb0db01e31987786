import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageFilePath, imageSrcProblem, imageWidths, probeImage } from '../../src/lib/content-images';
import { readContentText, schemaProblems } from '../../src/loaders/content-file';
import { checkEverything, formatProblem } from '../../src/checks/problems';
import { namedImageFiles } from '../../src/loaders/content-images';
import { contentImagesSource } from '../../src/integrations/content-images';
import { projectSchema } from '../../src/schemas/project';
import { newsSchema } from '../../src/schemas/news';
import { EXAMPLE_ALT, exampleSvg, writeExampleImage } from '../helpers/example-image';

const ROOT = join(import.meta.dirname, '..', '..');
const encode = (format: 'jpeg' | 'png' | 'webp' | 'avif', width: number, height: number, options = {}) =>
  sharp(Buffer.from(exampleSvg(width, height)))
    .resize(width, height)
    .toFormat(format, options)
    .toBuffer();

describe('probeImage reads the size an image file declares', () => {
  it.each([
    ['jpeg', 640, 360],
    ['png', 300, 451],
    ['webp', 801, 333],
    ['avif', 320, 240],
  ] as const)('%s %i×%i', async (format, width, height) => {
    expect(probeImage(await encode(format, width, height))).toEqual({ format, width, height });
  });

  it('reads lossless WebP too', async () => {
    expect(probeImage(await encode('webp', 123, 45, { lossless: true }))).toEqual({ format: 'webp', width: 123, height: 45 });
  });

  it('refuses what is no image: text renamed .jpg, a cut-off file, nothing', async () => {
    expect(probeImage(new TextEncoder().encode('<html>Not found</html>'))).toBeUndefined();
    expect(probeImage((await encode('jpeg', 64, 64)).subarray(0, 20))).toBeUndefined();
    expect(probeImage((await encode('png', 64, 64)).subarray(0, 16))).toBeUndefined();
    expect(probeImage(new Uint8Array())).toBeUndefined();
  });
});

describe('where an image file lies', () => {
  const entry = 'content/projects/shans-za-nashite-detsa.mdx';
  it('reads a path from the entry’s folder, or /images/ as public/images/', () => {
    expect(imageFilePath(entry, '../media/detska-gradina.jpg')).toBe('content/media/detska-gradina.jpg');
    expect(imageFilePath(entry, 'snimka.jpg')).toBe('content/projects/snimka.jpg');
    expect(imageFilePath(entry, './papka/snimka.png')).toBe('content/projects/papka/snimka.png');
    expect(imageFilePath('content/news/x.mdx', '../media/a.webp')).toBe('content/media/a.webp');
    expect(imageFilePath(entry, '/images/a.jpg')).toBe('public/images/a.jpg');
  });

  it('refuses a path that leaves content/ or public/images/', () => {
    expect(imageFilePath(entry, '../../src/a.jpg')).toBeUndefined();
    expect(imageFilePath(entry, '../../../a.jpg')).toBeUndefined();
    expect(imageFilePath(entry, '/images/../documents/a.jpg')).toBeUndefined();
  });

  it('says what is wrong with a web address, another file type or another public folder', () => {
    expect(imageSrcProblem('../media/a.jpg')).toBeUndefined();
    expect(imageSrcProblem('../media/IMG_0001.JPG')).toBeUndefined();
    expect(imageSrcProblem('/images/a.avif')).toBeUndefined();
    expect(imageSrcProblem('https://example.bg/a.jpg')).toMatch(/^е уеб адрес/);
    expect(imageSrcProblem('//example.bg/a.jpg')).toMatch(/^е уеб адрес/);
    expect(imageSrcProblem('../media/a.gif')).toMatch(/^не завършва на \.jpg, \.jpeg, \.png, \.webp, \.avif/);
    expect(imageSrcProblem('../media/snimka')).toMatch(/^не завършва на/);
    expect(imageSrcProblem('/documents/a.jpg')).toMatch(/извън public\/images/);
  });

  it('offers the widths a screen needs, never wider than the file', () => {
    expect(imageWidths(1600)).toEqual([360, 720, 1080, 1440]);
    expect(imageWidths(800)).toEqual([360, 720, 800]);
    expect(imageWidths(300)).toEqual([300]);
    expect(imageWidths(720)).toEqual([360, 720]);
  });
});

const FILE = 'content/projects/primer.mdx';
const identity = 'title: Примерен проект\nsummary: Кратко описание.\nlead: obshtina-haskovo';
function problemsOf(schema: typeof projectSchema | typeof newsSchema, frontMatter: string) {
  const content = readContentText(`---\n${frontMatter}\n---\n\nТекст.\n`, FILE);
  return schemaProblems(schema, content.data, FILE, content.lineOf).problems.map(formatProblem);
}

describe('the images field', () => {
  it('takes a file with its alt, credit and licence, and an English alt', () => {
    const text = `${identity}\nimages:\n  - src: ../media/a.jpg\n    alt: ${EXAMPLE_ALT}\n    credit: Пример\n    licence: CC BY 4.0\nen:\n  images:\n    - alt: Example`;
    expect(problemsOf(projectSchema, text)).toEqual([]);
    expect(problemsOf(newsSchema, `title: Новина\nsummary: Кратко.\nimages:\n  - src: ../media/a.jpg\n    alt: ${EXAMPLE_ALT}`)).toEqual([]);
  });

  it('names a missing alt, an empty one and one of spaces, each at its line, in Bulgarian', () => {
    expect(problemsOf(projectSchema, `${identity}\nimages:\n  - src: ../media/a.jpg`)).toEqual([
      `${FILE}, ред 6: поле images[1].alt: липсва описание на снимката (alt); опишете с едно изречение какво се вижда на снимката, за хората, които не я виждат, напр. Деца рисуват на маса в занималнята`,
    ]);
    expect(problemsOf(projectSchema, `${identity}\nimages:\n  - src: ../media/a.jpg\n    alt: ""`)).toEqual([
      expect.stringMatching(/, ред 7: поле images\[1\]\.alt: е празно; опишете с едно изречение какво се вижда/),
    ]);
    expect(
      problemsOf(newsSchema, `title: Новина\nsummary: Кратко.\nimages:\n  - src: ../media/a.jpg\n    alt: Къща\n  - src: ../media/b.jpg\n    alt:   `),
    ).toEqual([expect.stringMatching(/, ред 8: поле images\[2\]\.alt: е празно; опишете/)]);
  });

  it('names a web address and another file type', () => {
    expect(problemsOf(projectSchema, `${identity}\nimages:\n  - src: https://example.bg/a.jpg\n    alt: Къща`)).toEqual([
      expect.stringMatching(/, ред 6: поле images\[1\]\.src: „https:\/\/example\.bg\/a\.jpg“ е уеб адрес/),
    ]);
    expect(problemsOf(projectSchema, `${identity}\nimages:\n  - src: ../media/a.gif\n    alt: Къща`)).toEqual([
      expect.stringMatching(/поле images\[1\]\.src: „\.\.\/media\/a\.gif“ не завършва на/),
    ]);
  });
});

describe('the content check opens every image file an entry names', () => {
  let root: string;
  const project = 'content/projects/shans-za-nashite-detsa.mdx';
  const news = 'content/news/shans-za-nashite-detsa-prez-2019.mdx';
  let original: string;
  let originalNews: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vidimost-images-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    original = readFileSync(join(root, project), 'utf8');
    originalNews = readFileSync(join(root, news), 'utf8');
    await writeExampleImage(join(root, 'content/media/primer.jpg'), { width: 800, height: 450 });
    await writeExampleImage(join(root, 'public/images/primer.png'), { width: 400, height: 300, format: 'png' });
    writeFileSync(join(root, 'content/media/ne-e-snimka.jpg'), '<html>404</html>');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const withImages = (text: string, srcs: string[]) =>
    text.replace('\nchecked: ', `\nimages:\n${srcs.map((src) => `  - src: ${src}\n    alt: ${EXAMPLE_ALT}\n`).join('')}checked: `);
  const problems = (file: string) => checkEverything(root).problems.filter((p) => p.file === file);

  it('passes files that are there, in content/media/ and public/images/', () => {
    writeFileSync(join(root, project), withImages(original, ['../media/primer.jpg', '/images/primer.png']));
    expect(problems(project)).toEqual([]);
  });

  it('names a missing file and a file that is no image, with field and line', () => {
    writeFileSync(join(root, project), withImages(original, ['../media/primer.jpg', '../media/nyama-ya.jpg', '../media/ne-e-snimka.jpg']));
    const lines = original.slice(0, original.indexOf('\nchecked: ')).split('\n').length;
    expect(problems(project).map(formatProblem)).toEqual([
      `${project}, ред ${lines + 4}: поле images[2].src: файлът content/media/nyama-ya.jpg не съществува; качете снимката там или поправете пътя (пише се спрямо файла на записа, напр. ../media/detska-gradina.jpg за content/media/detska-gradina.jpg)`,
      `${project}, ред ${lines + 6}: поле images[3].src: файлът content/media/ne-e-snimka.jpg не е снимка, която сайтът може да прочете (JPEG, PNG, WebP или AVIF), или е повреден; отворете го и го запишете отново като JPEG`,
    ]);
  });

  it('bundles only the files entries name and that are there', () => {
    writeFileSync(join(root, project), withImages(original, ['../media/primer.jpg', '../media/nyama-ya.jpg', '../../izvan.jpg']));
    writeFileSync(join(root, news), withImages(originalNews, ['/images/primer.png', '../media/primer.jpg']));
    // content/media/ne-e-snimka.jpg is named by no entry: it stays out.
    expect(namedImageFiles(root)).toEqual(['content/media/primer.jpg', 'public/images/primer.png']);
    writeFileSync(join(root, news), originalNews);
    expect(contentImagesSource(['content/media/a.jpg', 'public/images/b.png'])).toBe(
      'import image0 from "/content/media/a.jpg";\nimport image1 from "/public/images/b.png";\nexport default new Map([["content/media/a.jpg", image0], ["public/images/b.png", image1]]);\n',
    );
  });

  it('names a path that leaves content/, and checks news items too', () => {
    writeFileSync(join(root, project), withImages(original, ['../../package.jpg']));
    expect(problems(project).map((p) => [p.field, p.message])).toEqual([
      ['images[1].src', '„../../package.jpg“ сочи извън папката content/; сложете снимката в content/media/ и пишете ../media/ime-na-snimkata.jpg'],
    ]);
    writeFileSync(join(root, project), original);
    writeFileSync(join(root, news), withImages(originalNews, ['../media/lipsva.png']));
    expect(problems(news).map((p) => p.field)).toEqual(['images[1].src']);
    writeFileSync(join(root, news), originalNews);
    expect(problems(news)).toEqual([]);
  });
});
