import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const sources = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${folder}/${f}`, text: readFileSync(join(ROOT, folder, f), 'utf8') }));
/** Every import (or re-export) statement of a file, with whether it imports types only. */
const imports = (text: string) =>
  [...text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map((m) => ({ typeOnly: Boolean(m[2]), from: m[3]!, statement: m[0] }));

describe('who may import whom (README, „Where things are“)', () => {
  it('src/lib imports only types and the enums from src/schemas', () => {
    const wrong = sources('src/lib').flatMap(({ file, text }) =>
      imports(text)
        .filter((i) => i.from.includes('/schemas/') && !i.typeOnly && !i.from.endsWith('/schemas/enums.ts'))
        .map((i) => `${file}: ${i.statement}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/lib and src/schemas read no files and import no loader, check or content data', () => {
    const wrong = [...sources('src/lib'), ...sources('src/schemas')].flatMap(({ file, text }) =>
      imports(text)
        .filter((i) => /\/(loaders|checks|data|client)\//.test(i.from) || i.from === 'node:fs')
        .map((i) => `${file}: ${i.statement}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the enums module imports nothing, so anything may import it', () => {
    expect(imports(readFileSync(join(ROOT, 'src/schemas/enums.ts'), 'utf8'))).toEqual([]);
  });

  it('no closed list of the content is typed out again outside the enums', () => {
    const lists = [
      /'2014-2020' \| '2021-2027'/,
      /'ESF' \| 'ESF\+'/,
      /'BGN' \| 'EUR'/,
      /'none' \| 'brevo'/,
      /'published' \| 'changed'/,
      /'projects' \| 'organizations'/,
      /\['BGN', 'EUR'\]/,
      /\['2014-2020', '2021-2027', 'none'\]/,
    ];
    const wrong = [...sources('src/lib'), ...sources('src/schemas'), ...sources('src/checks')]
      .filter(({ file }) => !file.endsWith('/enums.ts'))
      .flatMap(({ file, text }) => lists.filter((l) => l.test(text)).map((l) => `${file}: ${l.source}`));
    expect(wrong).toEqual([]);
  });
});
