/** /en/projects/<slug>/data.json: the same record as /proekti/<id>/danni.json, beside the English page. */
import type { GetStaticPaths } from 'astro';
import { projectPaths } from '../../../../data/paths';

export const getStaticPaths = (() => projectPaths('en')) satisfies GetStaticPaths;
export { projectData as GET } from '../../../../views/endpoints';
