/** /en/projects/<slug>/card.png: the project's social card in English, beside the English page. */
import type { GetStaticPaths } from 'astro';
import { projectPaths } from '../../../../data/paths';

export const getStaticPaths = (() => projectPaths('en')) satisfies GetStaticPaths;
export { projectCard as GET } from '../../../../views/endpoints';
