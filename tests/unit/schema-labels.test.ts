import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { EDITOR_SCHEMA_NAMES, editorJsonSchema, fieldsWithoutLabel, schemaFields } from '../../src/schemas/json-schema';

/** A field of one editor schema by its path, e.g. `funding[].programme`. */
function field(name: (typeof EDITOR_SCHEMA_NAMES)[number], path: string) {
  const found = schemaFields(editorJsonSchema(name)).find((f) => f.path === path);
  if (!found) throw new Error(`${name}: няма поле ${path}`);
  return found.field;
}

describe('Bulgarian labels and hints on every schema field', () => {
  it.each(EDITOR_SCHEMA_NAMES)('%s: every field, nested ones included, has a title and a description', (name) => {
    const schema = editorJsonSchema(name);
    expect(schemaFields(schema).length).toBeGreaterThan(0);
    expect(fieldsWithoutLabel(schema), `${name}: полета без етикет или подсказка (добавете .meta({ title, description }) в src/schemas)`).toEqual([]);
  });

  it('walks nested fields: list items, groups and alternatives', () => {
    const paths = schemaFields(editorJsonSchema('projects')).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['funding[].grant.amount', 'reach[].breakdown[].count', 'period.extensions[].end', 'results.achieved[].text']),
    );
    expect(schemaFields(editorJsonSchema('organizations')).map((f) => f.path)).toContain('donations.dms.keyword');
  });

  it('names the path of a field with no label, and of one with a label but no hint', () => {
    const schema = z.object({
      title: z.string().meta({ title: 'Заглавие', description: 'Подсказка' }),
      items: z.array(z.object({ amount: z.number().meta({ title: 'Сума' }) })).meta({ title: 'Редове', description: 'Подсказка' }),
      bare: z.string().optional(),
    });
    expect(fieldsWithoutLabel(z.toJSONSchema(schema) as Record<string, unknown>)).toEqual([
      'items[].amount (липсва description)',
      'bare (липсва title и description)',
    ]);
  });

  it('marks dates, references and text written in sentences for the editor', () => {
    expect(field('projects', 'checked').format).toBe('date');
    expect(field('projects', 'source.date').format).toBe('date');
    expect(field('projects', 'period.extensions[].end').format).toBe('date');
    expect(field('projects', 'lead').collection).toBe('organizations');
    expect(field('projects', 'partners[].organization').collection).toBe('organizations');
    expect(field('projects', 'funding[].programme').collection).toBe('programmes');
    expect((field('news', 'projects').items as Record<string, unknown>).collection).toBe('projects');
    expect((field('news', 'organizations').items as Record<string, unknown>).collection).toBe('organizations');
    expect(field('projects', 'summary').multiline).toBe(true);
    expect(field('projects', 'title').multiline).toBeUndefined();
  });

  it('describes what an editor writes: defaulted fields are optional, status may not be written', () => {
    const project = editorJsonSchema('projects');
    expect(project.required).toEqual(['title', 'summary', 'lead']);
    expect(field('projects', 'status').not).toEqual({});
    expect(field('site', 'newsletter.hidden').additionalProperties).toEqual({ type: 'string' });
  });
});
