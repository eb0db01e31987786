/** /en/data/projects.csv: the same bytes as /danni/proekti.csv, one generator for both addresses. */
export { GET } from '../../danni/proekti.csv.ts';
