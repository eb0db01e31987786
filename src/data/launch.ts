/**
 * The placeholders still live in the content being built: the banner on every page shows while
 * any is, from the same function as `npm run check:launch`. Read from the files themselves
 * (cheap) so that a page and the command see the very same text.
 */
import { launchPlaceholders } from '../checks/launch.ts';

// Once per build (every page shows the banner); read afresh in dev, where editors change files.
let once: ReturnType<typeof launchPlaceholders> | undefined;
export const livePlaceholdersOfBuild = () => (import.meta.env.DEV ? launchPlaceholders(process.cwd()) : (once ??= launchPlaceholders(process.cwd())));
