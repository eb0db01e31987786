/**
 * Loaders for content/: Astro's glob loader, with each file's data read by our YAML reading
 * and checked with our editor's messages before Astro sees it.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError, readCheckedContent, readContentText } from './content-file.ts';
import { imageFileProblems } from './content-images.ts';

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}

/**
 * Astro's entry types read front matter with js-yaml before our parseData sees the file, so a
 * YAML mistake would reach the editor in English. Our reading goes first and names it.
 * (`entryTypes` is an internal part of the loader context; without it nothing changes.)
 */
function withOurYaml(entryTypes: unknown, root: string, unchanged: (contents: string) => boolean): unknown {
  if (!(entryTypes instanceof Map)) return entryTypes;
  return new Map(
    [...(entryTypes as Map<string, EntryType>)].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
          // A file as it was stored by an earlier build has passed this reading already.
          if (unchanged(params.contents)) return type.getEntryInfo(params);
          const content = readContentText(params.contents, relative(root, fileURLToPath(params.fileUrl)));
          if (content.problems.length) throw new ContentError(content.problems);
          return type.getEntryInfo(params);
        },
      },
    ]),
  );
}

const SCHEMA_DIGEST = 'vidimost-schema-digest';

/** The shape of a schema (fields, defaults), as a short hash. */
function schemaDigest(schema: z.ZodType): string {
  const shape = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  return createHash('sha256').update(shape).digest('hex').slice(0, 16);
}

export function contentGlob(spec: { path: string; pattern: string; schema: z.ZodType }): Loader {
  const inner = glob({ base: `./${spec.path}`, pattern: spec.pattern });
  return {
    name: 'vidimost-content',
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      // Astro keeps parsed entries between builds and forgets them only when content.config.ts
      // changes; a field added to a schema (with its default) must reach unchanged files too.
      const digest = schemaDigest(spec.schema);
      if (context.meta.get(SCHEMA_DIGEST) !== digest) {
        context.store.clear();
        context.meta.set(SCHEMA_DIGEST, digest);
      }
      // The content store is kept between builds (cacheDir): Astro's glob loader skips the
      // schema for a file whose digest is unchanged; our YAML reading does the same.
      const stored = new Set(context.store.values().map((entry) => entry.digest));
      const unchanged = (contents: string) => stored.has(context.generateDigest(contents));
      return inner.load({
        ...context,
        ...{ entryTypes: withOurYaml((context as { entryTypes?: unknown }).entryTypes, root, unchanged) },
        parseData: async (props) => {
          const file = relative(root, props.filePath ?? '');
          // Astro gets the data as our YAML reading gives it, checked with our messages first.
          const { data, lineOf } = readCheckedContent(spec.schema, props.filePath ?? '', file);
          // Image files too, so that Astro's image step never meets a missing one.
          const missing = imageFileProblems(root, file, data, lineOf);
          if (missing.length) throw new ContentError(missing);
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
