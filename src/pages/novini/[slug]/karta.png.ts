/** /novini/<id>/karta.png: the news item's social card (og:image), drawn at build time. */
import type { GetStaticPaths } from 'astro';
import { entryPaths } from '../../../data/paths';

export const getStaticPaths = (() => entryPaths('news', 'bg')) satisfies GetStaticPaths;
export { newsCard as GET } from '../../../views/endpoints';
