/**
 * Finds the schema of one field inside a collection's schema, so a message can depend on
 * the field (is it optional?) and an unknown-field issue can be told per field name.
 * Reads zod 4's public `_zod.def` tree; unknown wrappers end the walk (undefined).
 */
import type { z } from 'astro/zod';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional, default and transform wrappers: the object, list or value itself. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    const def = defOf(current);
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (!inner || !['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional', 'pipe'].includes(def.type)) return current;
    current = inner;
  }
  return current;
}

/** The schema written for the field at `path` (with its own optional or default), if known. */
export function schemaAt(root: z.ZodType, path: ReadonlyArray<PropertyKey>): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const part of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = def.shape?.[String(part)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'union') current = def.options?.map((o) => schemaAt(o, [part])).find(Boolean);
    else return undefined;
  }
  return current;
}

/** Whether an editor may leave the field out: optional or with a default. */
export function isOptionalField(root: z.ZodType, path: ReadonlyArray<PropertyKey>): boolean {
  const schema = path.length ? schemaAt(root, path) : undefined;
  // optin is set ('optional', or 'defaulted' under .default()) only when the input may be left out.
  return Boolean((schema as unknown as { _zod?: { optin?: string } } | undefined)?._zod?.optin);
}

/** The error map a schema was built with, e.g. the unknown-field message of a group. */
export function errorMapAt(root: z.ZodType, path: ReadonlyArray<PropertyKey>): ((issue: Record<string, unknown>) => unknown) | undefined {
  const schema = path.length ? schemaAt(root, path) : root;
  if (!schema) return undefined;
  const error = (defOf(unwrap(schema)) as { error?: unknown }).error;
  return typeof error === 'function' ? (error as (issue: Record<string, unknown>) => unknown) : undefined;
}
