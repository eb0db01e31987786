// Checks content/ and prints every problem at once, in words an editor can act on.
// Runs first in `npm run build`; editors can run it alone with `npm run check:content`.
import { checkContent } from '../src/loaders/check-content.ts';

const problems = checkContent(process.cwd());
if (problems.length) {
  console.error(`\nСъдържанието има ${problems.length === 1 ? 'една грешка' : `${problems.length} грешки`}; сайтът не е построен.\n`);
  for (const problem of problems) console.error(`  • ${problem}\n`);
  process.exit(1);
}
console.log('Съдържанието е наред.');
