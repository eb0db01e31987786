/** /proekti/<id>/karta.png: the project's social card (og:image), drawn at build time. */
import type { GetStaticPaths } from 'astro';
import { projectPaths } from '../../../data/paths';

export const getStaticPaths = (() => projectPaths('bg')) satisfies GetStaticPaths;
export { projectCard as GET } from '../../../views/endpoints';
