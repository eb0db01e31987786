/** /en/data/projects.json: the same bytes as /danni/proekti.json, one generator for both addresses. */
export { GET } from '../../danni/proekti.json.ts';
