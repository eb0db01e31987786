/**
 * How Sveltia CMS 0.221 writes an entry, restated so that tests can hold the sample content to
 * it (an edit of one figure must be a one-line diff). Read from its source
 * (src/lib/services/contents/draft/save/serialize.js, file/format.js, draft/create/normalize.js):
 * - missing fields are filled with their defaults on opening (false for a boolean, '' or null
 *   for the rest), strings are trimmed on saving;
 * - keys are written in the order of the configured fields, unknown keys after them, sorted;
 * - with `omit_empty_optional_fields`, an optional field that is empty ('', null, [], {}) is left
 *   out, and so is an optional group whose fields are all empty;
 * - YAML by the `yaml` library 2.9 with indent 2, indented sequences, no line folding, plain
 *   strings (single quotes where quoting is needed); comments are not kept;
 * - front matter: `---`, the YAML, `---`, a blank line, the body, one final newline.
 */
import { stringify } from 'yaml';
import type { CmsField } from './cms-config.ts';

type Value = unknown;

const isPlainObject = (v: Value): v is Record<string, Value> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));

export const isEmptyValue = (v: Value) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);

/** The value Sveltia fills in for a field missing from the file. */
function defaultValue(field: CmsField): Value {
  if (field.widget === 'boolean') return typeof field.default === 'boolean' ? field.default : false;
  if (field.widget === 'number') return field.default ?? null;
  if (field.widget === 'list' || (field.widget === 'relation' && field.multiple)) return [];
  if (field.widget === 'keyvalue') return {};
  if (field.widget === 'object') {
    if (field.required === false) return null;
    return normalizeObject({}, field.fields as CmsField[]);
  }
  return field.default ?? '';
}

function normalizeValue(value: Value, field: CmsField): Value {
  if (value === undefined) return defaultValue(field);
  if (typeof value === 'string') return value.trim();
  if (field.widget === 'object' && isPlainObject(value)) return normalizeObject(value, field.fields as CmsField[]);
  if (field.widget === 'list' && Array.isArray(value)) {
    const sub = field.fields as CmsField[] | undefined;
    return value.map((item) => (sub && isPlainObject(item) ? normalizeObject(item, sub) : typeof item === 'string' ? item.trim() : item));
  }
  return value;
}

/** Fields in configured order, defaults filled, empty optional ones left out; unknown keys kept, sorted. */
export function normalizeObject(data: Record<string, Value>, fields: CmsField[]): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const field of fields) {
    const value = normalizeValue(data[field.name], field);
    if (field.required === false && isEmptyValue(value)) continue;
    out[field.name] = value;
  }
  const known = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(data)
    .filter((k) => !known.has(k))
    .sort((a, b) => a.localeCompare(b)))
    out[key] = data[key];
  return out;
}

/** YAML as Sveltia's formatYAML writes it (options of output.yaml in the generated config). */
export function formatYaml(data: Value): string {
  return stringify(data, null, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'PLAIN',
    singleQuote: true,
  }).trim();
}

/** A YAML entry file as the CMS saves it. */
export function formatYamlEntry(data: Record<string, Value>, fields: CmsField[]): string {
  return `${formatYaml(normalizeObject(data, fields))}\n`;
}

/** An MDX entry as the CMS saves it: front matter, a blank line, the body. */
export function formatMdxEntry(data: Record<string, Value>, body: string, fields: CmsField[]): string {
  const head = formatYaml(
    normalizeObject(
      data,
      fields.filter((f) => f.name !== 'body'),
    ),
  );
  const text = body.trim();
  return `---\n${head}\n---\n${text ? `\n${text}\n` : ''}`;
}

/** Splits an MDX file the way the CMS reads it: front matter between `---` lines, then the body. */
export function splitFrontMatter(source: string): { head: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/.exec(source);
  if (!match) return { head: '', body: source };
  return { head: match[1]!, body: (match[2] ?? '').replace(/^\n/, '') };
}
