/**
 * The placeholders still live in the content being built: the banner on every page shows while
 * any is, from the same function as `npm run check:launch`. Read from the files themselves
 * (cheap) so that a page and the command see the very same text.
 */
import { launchPlaceholders } from '../checks/launch.ts';

export const livePlaceholdersOfBuild = () => launchPlaceholders(process.cwd());
