/**
 * New content files: which kinds there are, the file name each gets (transliterated by the
 * law; news dated), the skeleton, and what the editor fills in next. The comments in a
 * skeleton are the Bulgarian labels and hints of src/schemas, so they never drift from it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { isValidIsoDate } from '../src/lib/dates.ts';
import { isReservedProjectSlug } from '../src/lib/groupings.ts';
import { slugify } from '../src/lib/transliteration.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { editorJsonSchema, type EditorSchemaName } from '../src/schemas/json-schema.ts';

interface Kind {
  /** The Bulgarian word an editor types, and its Latin alias. */
  names: [string, string];
  collection: keyof typeof COLLECTIONS & EditorSchemaName;
  /** The field that holds the text given on the command line. */
  titleField: string;
  /** Required fields only the editor knows: left empty, and named in the message. */
  toFill: string[];
  /** Address of the page, from the file's id. */
  url: (id: string) => string;
  /** For MDX files, what to write under the front matter; the body itself starts empty, so
   *  that no placeholder sentence can be published or pass the publicity check as text. */
  body?: string;
  /** An example of the command, labelled as an example in the usage. */
  example: string;
}

export const KINDS: Kind[] = [
  {
    names: ['проект', 'project'],
    collection: 'projects',
    titleField: 'title',
    toFill: ['summary', 'lead'],
    url: (id) => `/proekti/${id}/`,
    body: 'разкажете за проекта със свои думи: какво прави, за кого, къде',
    example: '"Подкрепа за семействата в общината"',
  },
  {
    names: ['новина', 'news'],
    collection: 'news',
    titleField: 'title',
    toFill: ['summary'],
    url: (id) => `/novini/${id}/`,
    body: 'напишете новината със свои думи',
    example: '"Нов център за ранно детско развитие" 2023-04-28',
  },
  {
    names: ['организация', 'organization'],
    collection: 'organizations',
    titleField: 'name',
    toFill: [],
    url: (id) => `/organizatsii/${id}/`,
    example: '"Община Русе"',
  },
  {
    names: ['програма', 'programme'],
    collection: 'programmes',
    titleField: 'name',
    toFill: ['period'],
    url: (id) => `/programi/${id}/`,
    example: '"Програма „Развитие на човешките ресурси“ 2021-2027"',
  },
  {
    names: ['страница', 'page'],
    collection: 'pages',
    titleField: 'title',
    toFill: ['summary'],
    url: (id) => `/${id}/`,
    body: 'напишете текста на страницата',
    example: '"За нас"',
  },
];

export function findKind(word: string): Kind | undefined {
  const wanted = word.trim().toLowerCase();
  return KINDS.find((kind) => kind.names.includes(wanted));
}

export function usage(): string {
  const width = Math.max(...KINDS.map((k) => `${k.names[0]} (${k.names[1]})`.length));
  return [
    'Как се ползва: npm run new -- <вид> "Заглавие"',
    'Видове (в скоби е името на латиница), с пример:',
    ...KINDS.map((k) => `  ${`${k.names[0]} (${k.names[1]})`.padEnd(width)}   напр. npm run new -- ${k.names[0]} ${k.example}`),
    'За новина можете да добавите и датата на публикуване (ГГГГ-ММ-ДД); без нея се взема днешната.',
  ].join('\n');
}

/** Today in Bulgaria, ГГГГ-ММ-ДД. */
export function todayInSofia(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Sofia' }).format(now);
}

type Field = { title?: string; description?: string; not?: unknown };

/** A space a comment line is never broken at. */
const KEEP = '\u0000';

/** Wraps words into comment lines of at most `width` characters. */
function commentLines(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/).map((w) => w.replaceAll(KEEP, ' '))) {
    if (line.length + 1 + word.length > width && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}

export interface Scaffold {
  /** Path from the project root, e.g. content/projects/shans-za-nashite-detsa.mdx. */
  file: string;
  text: string;
  /** What to fill in next, in Bulgarian, for the terminal. */
  message: string;
}

/** The file for a new entry of the given kind, or a Bulgarian reason why there can be none. */
export function scaffold(kind: Kind, title: string, options: { date?: string; today?: string; organizations?: string[] } = {}): Scaffold | { error: string } {
  const spec = COLLECTIONS[kind.collection];
  const extension = spec.pattern.slice(1);
  const slug = slugify(title);
  if (!title.trim()) return { error: `Напишете и заглавието в кавички.\n${usage()}` };
  if (!slug) return { error: `От „${title}“ не става име на файл: напишете заглавие с букви или цифри.` };
  if (kind.collection === 'projects' && isReservedProjectSlug(slug)) {
    return { error: `Името „${slug}“ е заето от списъците с проекти; напишете по-дълго или друго заглавие.` };
  }
  let date: string | undefined;
  if (kind.collection === 'news') {
    date = options.date ?? options.today ?? todayInSofia();
    if (!isValidIsoDate(date)) return { error: `„${date}“ не е дата; пишете ГГГГ-ММ-ДД, напр. 2023-04-28.` };
  } else if (options.date) {
    return { error: `Дата се пише само за новина; махнете „${options.date}“.` };
  }
  const id = date ? `${date}-${slug}` : slug;
  const file = `${spec.path}/${id}${extension}`;

  const schema = editorJsonSchema(kind.collection) as { properties: Record<string, Field> };
  const fields = schema.properties;
  const hint = (name: string) => commentLines(`${fields[name]?.title}: ${fields[name]?.description}`);
  const lines: string[] = [];
  // Quoted only where YAML needs it, the way the existing files are written.
  lines.push(...hint(kind.titleField), stringify({ [kind.titleField]: title.trim() }, { lineWidth: 0 }).trimEnd());
  for (const name of kind.toFill) lines.push(...hint(name), `${name}:`);
  if (date) lines.push(...hint('date'), `date: ${date}`);
  const written = new Set([kind.titleField, ...kind.toFill, ...(date ? ['date'] : [])]);
  const others = Object.entries(fields)
    .filter(([name, field]) => !written.has(name) && field.not === undefined)
    .map(([name, field]) => `${name}${KEEP}(${field.title?.replaceAll(' ', KEEP)})`);
  if (others.length) {
    lines.push(...commentLines(`Допишете само известните факти, всеки на свой ред (описани са в content/README.md): ${others.join(', ')}.`));
  }
  if (kind.body) lines.push(...commentLines(`Под втория ред --- ${kind.body}.`));
  const frontMatter = lines.join('\n');
  const text = kind.body ? `---\n${frontMatter}\n---\n\n` : `${frontMatter}\n`;

  const todo = [
    ...kind.toFill.map((name) => `  • ${name} (${fields[name]?.title}): ${fields[name]?.description}`),
    ...(kind.toFill.includes('lead') && options.organizations?.length
      ? [`    организациите досега: ${options.organizations.join(', ')}; за нова: npm run new -- организация "Име"`]
      : []),
    ...(kind.body ? [`  • текста под втория ред ---: ${kind.body}`] : []),
    ...(date && !options.date
      ? [`  • date (${fields.date?.title}): сложена е днешната дата ${date}; ако новината е от източник с друга дата, сменете я тук и в името на файла`]
      : []),
    `  • останалите полета: само известните факти (списъкът е в коментар във файла)`,
  ];
  const message = [
    `Създаден е ${file} (страницата ще е на адрес ${kind.url(id)}).`,
    'Попълнете:',
    ...todo,
    'После пуснете npm run check:content – тя казва какво още липсва – и вижте страницата с npm run dev.',
  ].join('\n');
  return { file, text, message };
}

/** Writes a scaffold under root, never over an existing file; returns the message or the reason. */
export function writeScaffold(root: string, result: Scaffold | { error: string }): { ok: boolean; message: string } {
  if ('error' in result) return { ok: false, message: result.error };
  const path = join(root, result.file);
  if (existsSync(path)) {
    return { ok: false, message: `${result.file} вече съществува; нищо не е променено. Изберете друго заглавие или редактирайте този файл.` };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, result.text, { flag: 'wx' });
  return { ok: true, message: result.message };
}
