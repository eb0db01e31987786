/**
 * Loaders for content/: Astro's glob loader, with each file's data read by our YAML reading
 * and checked with our editor's messages before Astro sees it.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readCheckedContent } from './content-file.ts';

export function contentGlob(spec: { path: string; pattern: string; schema: z.ZodType }): Loader {
  const inner = glob({ base: `./${spec.path}`, pattern: spec.pattern });
  return {
    name: 'vidimost-content',
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      return inner.load({
        ...context,
        parseData: async (props) => {
          const file = relative(root, props.filePath ?? '');
          // Astro gets the data as our YAML reading gives it, checked with our messages first.
          const { data } = readCheckedContent(spec.schema, props.filePath ?? '', file);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}

/** One YAML file as a collection of one entry, id "site". */
export function singleFile(path: string, schema: z.ZodType): Loader {
  return {
    name: 'vidimost-single-file',
    load: async ({ config, store, parseData }) => {
      const absolute = fileURLToPath(new URL(path, config.root));
      const data = readCheckedContent(schema, absolute, path).data as Record<string, unknown>;
      store.clear();
      store.set({ id: 'site', data: await parseData({ id: 'site', data, filePath: absolute }) });
    },
  };
}
