/** /proekti/<id>/danni.json: one project's open data, beside its page. */
import type { GetStaticPaths } from 'astro';
import { projectPaths } from '../../../data/paths';

export const getStaticPaths = (() => projectPaths('bg')) satisfies GetStaticPaths;
export { projectData as GET } from '../../../views/endpoints';
