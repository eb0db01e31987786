import { describe, expect, it } from 'vitest';
import { findBrokenReferences } from '../../src/lib/references';

const known = {
  projects: new Set(['shans-za-nashite-detsa']),
  organizations: new Set(['obshtina-haskovo']),
  programmes: new Set(['oprchr-2014-2020']),
  news: new Set<string>(),
  pages: new Set<string>(),
};

describe('references between content files', () => {
  it('passes when every id exists', () => {
    expect(findBrokenReferences([{ file: 'a.mdx', references: [{ field: 'lead', collection: 'organizations', id: 'obshtina-haskovo' }] }], known)).toEqual([]);
  });

  it('names the file, the field and the unknown id, and lists the ids that exist', () => {
    const [message] = findBrokenReferences(
      [{ file: 'content/projects/x.mdx', references: [{ field: 'funding[1].programme', collection: 'programmes', id: 'op-rchr' }] }],
      known,
    );
    expect(message).toBe(
      'content/projects/x.mdx: поле funding[1].programme: „op-rchr“ не съществува в content/programmes (.yaml); напишете името на файла без разширението. Съществуващи: oprchr-2014-2020',
    );
  });
});
