/** /en/data/funding.csv: the same bytes as /danni/finansirane.csv, one generator for both addresses. */
export { GET } from '../../danni/finansirane.csv.ts';
