/** /en/news/<slug>/card.png: the news item's social card in English, beside the English page. */
import type { GetStaticPaths } from 'astro';
import { entryPaths } from '../../../../data/paths';

export const getStaticPaths = (() => entryPaths('news', 'en')) satisfies GetStaticPaths;
export { newsCard as GET } from '../../../../views/endpoints';
