// Prints, per project, each EU publicity obligation with its rule and outcome; exits non-zero
// on a failure. Runs in `npm run build` after the content check.
import { checkAllPublicity, publicityReport } from '../src/loaders/check-publicity.ts';

const { lines, failed } = publicityReport(checkAllPublicity(process.cwd()));
for (const line of lines) console.log(line);
if (failed) {
  console.error('\nПроверката на публичността не мина; сайтът не е построен.');
  process.exit(1);
}
