// Lists every placeholder that must not reach the public (src/lib/launch.ts) and exits non-zero
// while any is live. Not part of the build or the tests' pass condition: the sample content
// is full of placeholders on purpose. The same function turns on the „пробна версия“ banner.
import { formatPlaceholder } from '../src/lib/launch.ts';
import { launchPlaceholders } from '../src/checks/launch.ts';
import { ContentError } from '../src/loaders/content-file.ts';

let placeholders;
try {
  placeholders = launchPlaceholders(process.cwd());
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Съдържанието има грешки; поправете ги първо (npm run check:content):\n${error.message}`);
  process.exit(1);
}
// --summary: one line for the build's output, never a failure (the sample content has placeholders).
if (process.argv.includes('--summary')) {
  console.log(
    placeholders.length
      ? `Пробна версия: ${placeholders.length} заместителя още не са попълнени; страниците показват „Пробна версия“ (подробно: npm run check:launch).`
      : 'Няма заместители.',
  );
  process.exit(0);
}
if (placeholders.length) {
  console.error(`Сайтът още не е готов за публикуване: ${placeholders.length} заместителя. Попълнете ги:\n`);
  for (const p of placeholders) console.error(`  • ${formatPlaceholder(p)}`);
  console.error('\nДокато има заместители, всяка страница показва надпис „Пробна версия“.');
  process.exit(1);
}
console.log('Няма заместители: сайтът е готов за публикуване и надписът „Пробна версия“ не се показва.');
