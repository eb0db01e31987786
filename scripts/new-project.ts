// Starts a new project file from the template, named by the transliterated title.
// Usage: npm run new:project -- "Заглавие на проекта"
import { existsSync, writeFileSync } from 'node:fs';
import { slugify } from '../src/lib/transliteration.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Напишете заглавието: npm run new:project -- "Заглавие на проекта"');
  process.exit(1);
}
const file = `content/projects/${slugify(title)}.mdx`;
if (existsSync(file)) {
  console.error(`${file} вече съществува; изберете друго заглавие или редактирайте този файл.`);
  process.exit(1);
}
writeFileSync(
  file,
  `---
title: ${JSON.stringify(title)}
# Едно-две изречения какво прави проектът и за кого (проверката не минава, докато е празно):
summary:
# Името на файла на водещата организация в content/organizations, без .yaml:
lead: obshtina-primer
# Попълнете само известните факти; изтрийте останалите редове. Всички полета: content/README.md
---

Тук разкажете за проекта със свои думи.
`,
);
console.log(`Създаден е ${file}. Попълнете го и пуснете npm run check:content.`);
