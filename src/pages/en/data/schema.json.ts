/** /en/data/schema.json: the same bytes as /danni/schema.json, one generator for both addresses. */
export { GET } from '../../danni/schema.json.ts';
