/** Old addresses that lead to new ones: content/redirects.yaml, used when a file is renamed. */
import { z } from 'astro/zod';
import { showValue } from '../lib/content-errors.ts';
import { group, list } from './fields.ts';

/** A path on this site, e.g. /proekti/stariyat-adres/. */
const sitePath = () =>
  z.string({ error: (i) => (i.input === undefined ? 'липсва, а е задължително' : `${showValue(i.input)} не е адрес`) }).regex(/^\/(?:[a-z0-9-]+\/)*$/, {
    error: (i) => `${showValue(i.input)} не е адрес в сайта; пишете го с наклонени черти в началото и края, напр. /proekti/stariyat-adres/`,
  });

export const redirectsSchema = group({
  /** Each old address with the new one it leads to. */
  redirects: list(
    group({
      /** The old address. */
      from: sitePath().meta({
        title: 'Стар адрес',
        description: 'Старият адрес в сайта, с наклонени черти в началото и края, напр. /proekti/stariyat-adres/',
      }),
      /** The new address. */
      to: sitePath().meta({
        title: 'Нов адрес',
        description: 'Новият адрес, към който води старият, напр. /proekti/noviyat-adres/',
      }),
    }).refine((r) => r.from !== r.to, { error: 'from и to са един и същ адрес' }),
  )
    .default([])
    .meta({
      title: 'Пренасочвания',
      description: 'Всеки стар адрес с новия, към който води; добавете ред, когато преименувате файл',
    }),
}).meta({ title: 'Пренасочвания', description: 'content/redirects.yaml: старите адреси и новите, към които водят' });

export type RedirectsData = z.output<typeof redirectsSchema>;
