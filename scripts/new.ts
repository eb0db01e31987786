// Starts a new content file: npm run new -- проект "Заглавие" (also новина, организация,
// програма, страница, or their Latin names). See scripts/new-scaffold.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { findKind, scaffold, usage, writeScaffold } from './new-scaffold.ts';

const [kindWord = '', title = '', date, ...rest] = process.argv.slice(2);
const kind = findKind(kindWord);
if (!kind) {
  console.error(kindWord ? `Непознат вид съдържание „${kindWord}“.\n${usage()}` : usage());
  process.exit(1);
}
if (rest.length) {
  console.error(`Твърде много думи: сложете заглавието в кавички, напр. npm run new -- ${kind.names[0]} ${kind.example}`);
  process.exit(1);
}
const organizationsDir = join(process.cwd(), COLLECTIONS.organizations.path);
const organizations = existsSync(organizationsDir)
  ? readdirSync(organizationsDir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort()
  : [];
const result = writeScaffold(process.cwd(), scaffold(kind, title, { date, organizations }));
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(result.message);
