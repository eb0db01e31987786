/** /proekti/po-obshtina/haskovo/proekti.csv: the CSV of exactly the projects of one group. */
import type { GetStaticPaths } from 'astro';
import { groupCsvPaths } from '../../../../data/paths';

export const getStaticPaths = (() => groupCsvPaths('bg')) satisfies GetStaticPaths;
export { groupCsv as GET } from '../../../../views/endpoints';
