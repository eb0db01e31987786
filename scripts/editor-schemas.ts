// Writes the JSON Schemas VS Code checks content/*.yaml against (.vscode/schemas/), generated
// from src/schemas so they never drift; `npm run schemas:editor` after changing a schema.
// A unit test (tests/unit/editor-schemas.test.ts) fails when the committed copies are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { vscodeSchemaFiles } from '../src/schemas/json-schema.ts';

for (const { path, text } of vscodeSchemaFiles()) {
  mkdirSync(dirname(join(process.cwd(), path)), { recursive: true });
  writeFileSync(join(process.cwd(), path), text);
  console.log(`записан ${path}`);
}
