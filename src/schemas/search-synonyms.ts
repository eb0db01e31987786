/** Words visitors type and what the search looks for instead: content/search-synonyms.yaml. */
import { z } from 'astro/zod';
import { group, list, text } from './fields.ts';

export const searchSynonymsSchema = group({
  /** Each group: the words visitors type, and the word searched for instead. */
  synonyms: list(
    group({
      /** The words, in the forms people type them. */
      words: list(text()).min(1, { error: 'напишете поне една дума' }).meta({
        title: 'Думи',
        description: 'Думите, които посетителите пишат, всяка на свой ред, напр. дари, дарение, даряване',
      }),
      /** The word the search looks for instead. */
      search: text().meta({
        title: 'Търси се',
        description: 'Думата, която търсенето търси вместо тях: тя трябва да стои на страниците, които искате да излязат, напр. дарете',
      }),
    }),
  )
    .default([])
    .meta({
      title: 'Синоними',
      description:
        'Групи думи, които търсенето превежда в една дума от страниците; добавете група, когато посетителите търсят с думи, които страниците не съдържат',
    }),
}).meta({
  title: 'Синоними за търсенето',
  description: 'content/search-synonyms.yaml: думите на посетителите и думите от страниците, които търсенето търси вместо тях',
});

export type SearchSynonymsData = z.output<typeof searchSynonymsSchema>;
