/**
 * A module of the image files content names, `virtual:vidimost/content-images`: a Map from the
 * file's path (content/media/x.jpg) to its Astro image import. Generated from the content
 * rather than globbed, so that only named files are bundled (an upload an entry no longer
 * names stays unpublished); regenerated in `npm run dev` when anything under content/ changes.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { namedImageFiles } from '../loaders/content-images.ts';

export const CONTENT_IMAGES_MODULE = 'virtual:vidimost/content-images';
const RESOLVED = `\0${CONTENT_IMAGES_MODULE}`;

/** The module's source: one import per file, then the Map. */
export function contentImagesSource(files: readonly string[]): string {
  const imports = files.map((file, i) => `import image${i} from ${JSON.stringify(`/${file}`)};`);
  const entries = files.map((file, i) => `[${JSON.stringify(file)}, image${i}]`);
  return `${imports.join('\n')}\nexport default new Map([${entries.join(', ')}]);\n`;
}

interface ModuleGraph {
  getModuleById(id: string): unknown;
  invalidateModule(module: never): void;
}

export function contentImages(): AstroIntegration {
  return {
    name: 'vidimost:content-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const content = join(root, 'content');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'vidimost:content-images',
                resolveId: (id: string) => (id === CONTENT_IMAGES_MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? contentImagesSource(namedImageFiles(root)) : undefined),
                configureServer(server) {
                  server.watcher.on('all', (_event: string, file: string) => {
                    if (!file.startsWith(content)) return;
                    for (const environment of Object.values(server.environments) as { moduleGraph: ModuleGraph }[]) {
                      const module = environment.moduleGraph.getModuleById(RESOLVED);
                      if (module) environment.moduleGraph.invalidateModule(module as never);
                    }
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
