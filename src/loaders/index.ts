/**
 * Loaders for content/: Astro's glob loader, with each file's data read by our YAML reading
 * and checked with our editor's messages before Astro sees it.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError, readCheckedContent, readContentText } from './content-file.ts';
import { imageFileProblems } from './content-images.ts';

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body?: string }> | { body?: string };
}

type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/**
 * Astro's entry types read front matter with js-yaml before our parseData sees the file, so a
 * YAML mistake would reach the editor in English. Our reading goes first and names it.
 * (`entryTypes` is an internal part of the loader context; without it nothing changes.)
 */
function withOurYaml(
  entryTypes: unknown,
  root: string,
  unchanged: (contents: string) => boolean,
  prerender: (file: string, body: string) => Promise<void>,
): unknown {
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
          const info = await type.getEntryInfo(params);
          if (extension === '.mdx' && info.body !== undefined) await prerender(fileURLToPath(params.fileUrl), info.body);
          return info;
        },
      },
    ]),
  );
}

/**
 * Whether an MDX body is plain Markdown that renders the same as Markdown: no JSX or HTML
 * (`<`), no expressions (`{`), no import or export, no indented line (MDX has no indented code).
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]/.test(body) && !/^(?:import|export)\s/m.test(body) && !/^(?: {4}|\t)/m.test(body);
}

/**
 * A store that keeps plain-Markdown MDX bodies as HTML rendered in the content layer instead of
 * one Vite module per entry: at 10,000 projects those 20,000 modules (each entry and Astro's
 * wrapper) were most of the build's time and memory (docs/scale.md). `prerendered` holds the
 * HTML made while the file was read, by absolute path, with the body it was made from.
 */
function storeRenderingPlainBodies(
  store: LoaderContext['store'],
  root: URL,
  prerendered: Map<string, { body: string; rendered: Rendered }>,
): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key !== 'set') return Reflect.get(target, key, receiver) as unknown;
      return (entry: Parameters<LoaderContext['store']['set']>[0]) => {
        const file = entry.filePath === undefined ? undefined : fileURLToPath(new URL(entry.filePath, root));
        const made = file === undefined ? undefined : prerendered.get(file);
        if (!entry.deferredRender || !made || made.body !== entry.body) return target.set(entry);
        prerendered.delete(file!);
        const { deferredRender: _module, ...rest } = entry;
        // Markdown's HTML ends with a line break that MDX's has not: the pages stay as they were.
        const rendered = { ...made.rendered, html: made.rendered.html.replace(/\n$/, '') };
        return target.set({ ...rest, rendered, assetImports: rendered.metadata?.imagePaths });
      };
    },
  });
}

const SCHEMA_DIGEST = 'vidimost-schema-digest';
/** Raised when the way bodies are stored changes, so that no entry stored the old way is kept. */
const STORAGE_VERSION = 'md-in-content-layer-1';

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
      const digest = `${schemaDigest(spec.schema)}:${STORAGE_VERSION}`;
      if (context.meta.get(SCHEMA_DIGEST) !== digest) {
        context.store.clear();
        context.meta.set(SCHEMA_DIGEST, digest);
      }
      // The content store is kept between builds (cacheDir): Astro's glob loader skips the
      // schema for a file whose digest is unchanged; our YAML reading does the same.
      const stored = new Set(context.store.values().map((entry) => entry.digest));
      const unchanged = (contents: string) => stored.has(context.generateDigest(contents));
      const prerendered = new Map<string, { body: string; rendered: Rendered }>();
      const prerender = async (file: string, body: string) => {
        if (isPlainMarkdown(body)) prerendered.set(file, { body, rendered: await context.renderMarkdown(body, { fileURL: pathToFileURL(file) }) });
      };
      return inner.load({
        ...context,
        store: storeRenderingPlainBodies(context.store, context.config.root, prerendered),
        ...{ entryTypes: withOurYaml((context as { entryTypes?: unknown }).entryTypes, root, unchanged, prerender) },
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
