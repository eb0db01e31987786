// Starts a new content file: npm run new -- проект "Заглавие" (also новина, организация,
// програма, страница, or their Latin names). See scripts/new-scaffold.ts.
import { contentFiles } from '../src/loaders/content-file.ts';
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
const organizations = contentFiles(process.cwd(), COLLECTIONS.organizations).map((f) => f.id);
const result = writeScaffold(process.cwd(), scaffold(kind, title, { date, organizations }));
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(result.message);
