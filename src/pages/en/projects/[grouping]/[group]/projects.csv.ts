/** /en/projects/by-municipality/haskovo/projects.csv: the same CSV as the Bulgarian group's. */
import type { GetStaticPaths } from 'astro';
import { groupCsvPaths } from '../../../../../data/paths';

export const getStaticPaths = (() => groupCsvPaths('en')) satisfies GetStaticPaths;
export { groupCsv as GET } from '../../../../../views/endpoints';
