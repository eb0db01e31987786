// Runs the YAML language server VS Code's YAML extension is built on (yaml-language-server,
// installed here through @astrojs/check) with the committed .vscode/settings.json, so what an
// editor sees in VS Code is tested: no false alarm on the real content, a real one on a typo.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import yamlLanguageServer from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function settings(): Record<string, string[]> {
  const text = readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return (JSON.parse(text) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];
}

let version = 0;

/** The problems and the hover of VS Code's YAML extension for a file's text, configured as committed. */
async function vscode(file: string, text: string, hoverAt?: { line: number; character: number }) {
  const service = yamlLanguageServer.getLanguageService({
    schemaRequestService: async () => '{}',
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
    clientCapabilities: {},
  } as never);
  service.configure({
    validate: true,
    hover: true,
    schemas: Object.entries(settings()).map(([schema, fileMatch]) => ({
      uri: pathToFileURL(join(ROOT, schema)).href,
      fileMatch,
      schema: JSON.parse(readFileSync(join(ROOT, schema), 'utf8')),
    })),
  });
  version += 1;
  const document = TextDocument.create(pathToFileURL(join(ROOT, file)).href, 'yaml', version, text);
  const problems = (await service.doValidation(document, false)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
  const hover = hoverAt ? await service.doHover(document, hoverAt) : null;
  const hoverText = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { problems, hover: hoverText };
}

const yamlFiles = ['content/organizations', 'content/programmes']
  .flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `${folder}/${f}`),
  )
  .concat(['content/site.yaml', 'content/redirects.yaml']);

describe('VS Code checks content YAML as you type', () => {
  it.each(yamlFiles)('%s: no problem shown on the committed file', async (file) => {
    const { problems } = await vscode(file, readFileSync(join(ROOT, file), 'utf8'));
    expect(problems).toEqual([]);
  });

  it('shows a misspelt field, a wrong type and a value outside the list, and the Bulgarian hint on hover', async () => {
    const text =
      'name: Община Пример\nkind: obshtina\nwebsit: https://www.example.bg\ndonations:\n  recipient: Община Пример\n  iban: BG59 ZZZZ 0000 0000 0000 01\n  ibanIsExample: да\n  reason: Дарение\n';
    const { problems, hover } = await vscode('content/organizations/primer.yaml', text, { line: 0, character: 1 });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2: Value is not accepted/),
        expect.stringMatching(/^3: Property websit is not allowed/),
        expect.stringMatching(/^7: Incorrect type. Expected "boolean"/),
      ]),
    );
    expect(hover).toContain('Име');
    expect(hover).toContain('Пълното име, както организацията го пише');
  });

  it('checks site.yaml and redirects.yaml with their own schemas', async () => {
    expect((await vscode('content/redirects.yaml', 'redirects:\n  - from: /star/\n    too: /nov/\n')).problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/Property too is not allowed/), expect.stringMatching(/Missing property "to"/)]),
    );
    expect((await vscode('content/site.yaml', 'name: Видимост\n')).problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/Missing property "tagline"/)]),
    );
  });
});
