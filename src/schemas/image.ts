/**
 * Images of a project or a news item. The file itself is checked by the loaders (it exists and
 * is an image, src/loaders/content-images.ts); here only what can be seen in the text.
 */
import { z } from 'astro/zod';
import { showValue } from '../lib/content-errors.ts';
import { imageSrcProblem } from '../lib/content-images.ts';
import { group, list, text } from './fields.ts';

const ALT_HELP = 'опишете с едно изречение какво се вижда на снимката, за хората, които не я виждат, напр. Деца рисуват на маса в занималнята';

/** Text for people who cannot see the image: required, never empty. */
const altText = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `липсва описание на снимката (alt); ${ALT_HELP}` : `е празно; ${ALT_HELP}`) })
    .trim()
    .min(1, { error: `е празно; ${ALT_HELP}` });

export const imageSchema = group({
  /** The file: relative to the entry (../media/x.jpg), or /images/x.jpg for public/images/. */
  src: text()
    .superRefine((src, ctx) => {
      const problem = imageSrcProblem(src);
      if (problem) ctx.addIssue({ code: 'custom', input: src, message: `${showValue(src)} ${problem}` });
    })
    .meta({
      title: 'Снимка',
      description: 'Файлът на снимката (JPEG, PNG, WebP или AVIF): качете го тук; в текста се пише спрямо файла на записа, напр. ../media/detska-gradina.jpg',
      image: true,
    }),
  /** What the image shows, for screen readers and when it does not load. */
  alt: altText().meta({
    title: 'Описание (alt)',
    description: 'Задължително: какво се вижда на снимката, с едно изречение, за хората, които не я виждат, напр. Деца рисуват на маса в занималнята',
  }),
  /** Who took the image, shown under it. */
  credit: text().optional().meta({
    title: 'Автор',
    description: 'Кой е направил снимката или чия е, напр. Община Хасково; показва се под снимката; оставете празно, ако не е известно',
  }),
  /** The licence the image is used under, shown under it. */
  licence: text().optional().meta({
    title: 'Лиценз',
    description: 'Лицензът, с който снимката се ползва, напр. CC BY 4.0 или „с разрешение на автора“; показва се под снимката',
  }),
});

/** The optional images field of a project or a news item. */
export const imagesField = () =>
  list(imageSchema).default([]).meta({
    title: 'Снимки',
    description: 'Снимки, показани под текста, всяка с описание (alt); само снимки, които имате право да публикувате; оставете празно, ако няма',
  });

export type ImageData = z.output<typeof imageSchema>;
