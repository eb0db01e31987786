/** The sentence that names where a page's facts come from, built from the source field. */
import type { SourceDateKind } from '../schemas/enums.ts';
import type { IsoDate } from './dates.ts';

export interface Source {
  publisher?: string;
  title: string;
  url?: string;
  date?: IsoDate;
  dateKind?: SourceDateKind;
}

export interface SourceWords {
  /** „страница на Община Хасково“ */
  pageOf: (publisher: string) => string;
  /** „страница (издателят не е посочен)“ */
  pageUnknownPublisher: string;
  /** „последна промяна 11.08.2022 г.“ and the like, by the kind of date. */
  date: Record<SourceDateKind, (date: string) => string>;
}

export interface SourceView {
  /** „страница на Община Хасково“ */
  who: string;
  /** The publisher named in `who`, so that a page in another language can mark its language. */
  publisher?: string;
  title: string;
  url?: string;
  /** „последна промяна 11.08.2022 г.“, undefined when the source shows no date. */
  when?: string;
  /** The source's date as written (ISO), for <time datetime>. */
  date?: IsoDate;
}

/** `formatDate` writes the date in the page's language (`ui.date`). */
export function sourceView(source: Source, words: SourceWords, formatDate: (date: IsoDate) => string): SourceView {
  return {
    who: source.publisher ? words.pageOf(source.publisher) : words.pageUnknownPublisher,
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    when: source.date && source.dateKind ? words.date[source.dateKind](formatDate(source.date)) : undefined,
    date: source.date,
  };
}
