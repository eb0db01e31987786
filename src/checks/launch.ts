/**
 * Reads what the launch check needs from a site folder: content/site.yaml, the organizations'
 * files and the pages' full text. Used by scripts/check-launch.ts and by the banner (src/data/launch.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { livePlaceholders, type LaunchInput, type LaunchSite, type Placeholder } from '../lib/launch.ts';
import { COLLECTIONS, SITE_FILE } from '../schemas/index.ts';
import { contentFiles, parseContentText } from '../loaders/content-file.ts';

export function readLaunchInput(root: string): LaunchInput {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return {
    site: (parseContentText(read(SITE_FILE), SITE_FILE) ?? {}) as LaunchSite,
    organizations: contentFiles(root, COLLECTIONS.organizations).map(({ file }) => ({
      file,
      data: (parseContentText(read(file), file) ?? {}) as LaunchInput['organizations'][number]['data'],
    })),
    pages: contentFiles(root, COLLECTIONS.pages).map(({ file }) => ({ file, text: read(file) })),
  };
}

/** Every placeholder still live in the site folder at root. */
export function launchPlaceholders(root: string): Placeholder[] {
  return livePlaceholders(readLaunchInput(root));
}
