/**
 * Names a YAML mistake for what it is. The parser's error codes are ambiguous for editors
 * (a bad indent and a colon inside a value both give BLOCK_AS_IMPLICIT_KEY; a list item
 * without „-“ gives BAD_INDENT, MISSING_CHAR or MULTILINE_IMPLICIT_KEY), so each error is
 * classified again from the source text around the line the parser points at.
 */
import type { YAMLError } from 'yaml';
import type { ContentProblem, YamlMistake } from '../lib/content-errors.ts';

interface Line {
  /** 1-based, in the YAML text. */
  number: number;
  text: string;
  indent: number;
}

/** Blank lines and comments say nothing about structure. */
const isContent = (text: string) => text.trim() !== '' && !text.trim().startsWith('#');
const indentOf = (text: string) => /^ */.exec(text)?.[0].length ?? 0;
/** A line's key, after an optional „- “: `  - title: A` → title. */
const KEY = /^\s*(?:-\s+)*([A-Za-z_][\w-]*|"[^"]*"|'[^']*')\s*:(?:\s|$)/;
const keyOf = (text: string) => KEY.exec(text)?.[1]?.replace(/^["']|["']$/g, '');

/** The key on the line, or of the nearest line above it that has one. */
function nearestKey(lines: string[], number: number): string | undefined {
  for (let i = number - 1; i >= 0; i -= 1) {
    const key = keyOf(lines[i] ?? '');
    if (key) return key;
  }
  return undefined;
}

function previousContent(lines: string[], number: number): Line | undefined {
  for (let i = number - 2; i >= 0; i -= 1) {
    const text = lines[i] ?? '';
    if (isContent(text)) return { number: i + 1, text, indent: indentOf(text) };
  }
  return undefined;
}

function nextContent(lines: string[], number: number): Line | undefined {
  for (let i = number; i < lines.length; i += 1) {
    const text = lines[i] ?? '';
    if (isContent(text)) return { number: i + 1, text, indent: indentOf(text) };
  }
  return undefined;
}

/**
 * Whether the line is an item of a list above it that lost its „- “: walking up through
 * the same block, the first line at this indentation that starts a group is a list item.
 */
function isListItemWithoutDash(lines: string[], number: number): boolean {
  const text = lines[number - 1] ?? '';
  if (text.trimStart().startsWith('-')) return false;
  const indent = indentOf(text);
  for (let i = number - 2; i >= 0; i -= 1) {
    const above = lines[i] ?? '';
    if (!isContent(above)) continue;
    const depth = indentOf(above);
    if (depth < indent) return false;
    if (depth === indent && above.trimStart().startsWith('-')) return true;
  }
  return false;
}

/** The value of a `key: value` line (after „- “ and the key), or the whole line. */
const valueOf = (text: string) => text.replace(/^\s*(?:-\s+)*/, '').replace(/^[^\s:#"'[{][^:#]*?:\s+/, '');

/**
 * A repeated key that starts a group at the column of the items of the list above, where
 * the list's items start with that key: a new item that lost its „- “.
 */
function startsNewItem(lines: string[], number: number): boolean {
  const text = lines[number - 1] ?? '';
  const key = keyOf(text);
  const indent = indentOf(text);
  for (let i = number - 2; i >= 0; i -= 1) {
    const above = lines[i] ?? '';
    if (!isContent(above) || indentOf(above) > indent) continue;
    const dash = /^( *)- +/.exec(above);
    if (indentOf(above) === indent && !dash) continue;
    return Boolean(dash && dash[0].length === indent && keyOf(above) === key);
  }
  return false;
}

/** Where the value of a `key: value` line starts when it opens a quote it does not close there. */
function opensUnclosedQuote(text: string): boolean {
  const value = /^\s*(?:-\s+)*(?:[^\s"'#][^:#]*?\s*:\s+)?(["'])(.*)$/.exec(text);
  if (!value) return false;
  const [, quote, rest = ''] = value;
  if (quote === "'") return !/^(?:[^']|'')*'/.test(rest);
  return !/^(?:[^"\\]|\\.)*"/.test(rest);
}

function lineOfUnclosedQuote(lines: string[], upTo: number): number | undefined {
  for (let i = 0; i < Math.min(upTo, lines.length); i += 1) if (opensUnclosedQuote(lines[i] ?? '')) return i + 1;
  // A quote opened in the middle of a value: the first line with an odd count of straight quotes.
  const index = lines.findIndex((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1);
  return index === -1 ? undefined : index + 1;
}

/** A line quoted in a message, shortened when long. */
const quote = (text: string) => {
  const trimmed = text.trim();
  return `„${trimmed.length > 70 ? `${trimmed.slice(0, 67)}…` : trimmed}“`;
};

/** The editor's message for each kind of mistake, given the line's text. */
export const YAML_MESSAGES: Record<YamlMistake, (text: string, context: { key?: string; reference?: string }) => string> = {
  indent: (text, { reference }) =>
    `грешен отстъп: редът ${quote(text)} не е подравнен с полетата от своята група${reference ? ` (редът над него: ${quote(reference)})` : ''}; ` +
    'полетата от една група започват в една и съща колона, а полетата вътре в група – с 2 интервала по-навътре от името ѝ',
  tab: (text) =>
    `в началото на реда ${quote(text) === '„“' ? '' : `${quote(text)} `}има табулация (Tab); YAML приема за отстъп само интервали: изтрийте табулацията и сложете интервали (по 2 на ниво)`,
  'unclosed-quote': (text) => `незатворени кавички в ${quote(text)}: стойност, започнала с кавички "…", трябва да завърши със същите кавички на същия ред`,
  'unclosed-bracket': (text) => {
    const [open, close] = valueOf(text).startsWith('{') ? ['{', '}'] : ['[', ']'];
    return `незатворена скоба в ${quote(text)}: стойност, започнала с „${open}“, трябва да завърши с „${close}“ на същия ред; или пишете всеки елемент на нов ред, започващ с „- “`;
  },
  'duplicate-key': (text, { key }) => `полето ${key ? `„${key}“ ` : ''}се повтаря в същата група (${quote(text)}); оставете го само веднъж`,
  'no-front-matter-start': (text) =>
    `файлът не започва с ред ---; заглавната част (полетата) трябва да е между два реда ---: добавете ред --- най-отгоре, преди ${quote(text)}`,
  'no-front-matter-end': (text) => `заглавната част не е затворена с ред ---; сложете ред --- след последното поле, преди ${quote(text)}`,
  'no-dash': (text) => `елемент на списък без тире: редът ${quote(text)} е в списък, но не започва с „- “; напишете „- “ пред него, както при другите елементи`,
  'colon-in-value': (text) =>
    `двоеточие в стойността на ${quote(text)}: YAML чете „дума: “ като ново поле; оградете цялата стойност с кавички, напр. title: "Проект: второ издание"`,
  'no-space-after-colon': (text, { key }) => `след двоеточието в ${quote(text)} липсва интервал; пишете ${key ?? 'поле'}: стойност`,
  'needs-quotes': (text) =>
    `стойността в ${quote(text)} започва със знак, който YAML чете по особен начин (${quote(valueOf(text).slice(0, 1))}), или продължава след затворени кавички; ` +
    'оградете цялата стойност с кавички "…" (ако в нея вече има "…", използвайте българските „…“)',
  other: (text) => `YAML не може да се прочете на реда ${quote(text)}; проверете отстъпите, двоеточията и кавичките на този ред и на предишния`,
};

/** One problem for a YAML mistake on a line of the YAML text. */
function problem(file: string, lines: string[], lineOffset: number, number: number, mistake: YamlMistake, reference?: string): ContentProblem {
  const text = lines[number - 1] ?? '';
  const key = mistake === 'duplicate-key' || mistake === 'no-space-after-colon' ? (keyOf(text) ?? text.split(':')[0]?.trim()) : undefined;
  const field = mistake === 'no-space-after-colon' ? key : nearestKey(lines, number);
  return {
    file,
    line: number + lineOffset,
    field,
    message: YAML_MESSAGES[mistake](text, { key, reference }),
    kind: 'yaml',
    yaml: mistake,
    text,
  };
}

/** What the parser's error means, classified again from the source text. */
function classify(lines: string[], error: YAMLError): { number: number; mistake: YamlMistake; reference?: string } {
  const at = error.linePos?.[0]?.line ?? 1;
  const text = lines[at - 1] ?? '';
  const tabbed = lines.findIndex((line, i) => i < at && /^ *\t/.test(line));
  if (error.code === 'TAB_AS_INDENT' || tabbed !== -1) return { number: error.code === 'TAB_AS_INDENT' ? at : tabbed + 1, mistake: 'tab' };
  if (error.code === 'MISSING_CHAR' && /Missing closing/.test(error.message))
    return { number: lineOfUnclosedQuote(lines, at) ?? at, mistake: 'unclosed-quote' };
  if (/^Flow (sequence|map)/.test(error.message)) {
    const opened = lines
      .slice(0, at)
      .map((line, i) => ({ line, i }))
      .reverse()
      .find(({ line }) => /^[[{]/.test(valueOf(line)) && !/[\]}]\s*(#.*)?$/.test(line));
    if (opened) return { number: opened.i + 1, mistake: 'unclosed-bracket' };
  }
  if (isListItemWithoutDash(lines, at) || (error.code === 'DUPLICATE_KEY' && startsNewItem(lines, at))) return { number: at, mistake: 'no-dash' };
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:(\s|$)/.test(valueOf(text))) return { number: at, mistake: 'colon-in-value' };
  if (/^\s*(?:-\s+)?[\p{L}\w]+:[^\s/]/u.test(text) && !/:\s/.test(text)) return { number: at, mistake: 'no-space-after-colon' };
  if (/^[*&!@`%[{]/.test(valueOf(text)) || /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*[^\s#]/.test(valueOf(text))) return { number: at, mistake: 'needs-quotes' };
  if (error.code === 'DUPLICATE_KEY') return { number: at, mistake: 'duplicate-key' };
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // The value of this line swallowed the next line: the next line is indented too far, or lost its „- “.
    const next = nextContent(lines, at);
    if (next && isListItemWithoutDash(lines, next.number)) return { number: next.number, mistake: 'no-dash' };
    if (next && next.indent > indentOf(text)) return { number: next.number, mistake: 'indent', reference: text };
    return { number: at, mistake: 'other' };
  }
  if (error.code === 'BAD_INDENT' || (error.code === 'MISSING_CHAR' && /Sequence item without/.test(error.message))) {
    return { number: at, mistake: 'indent', reference: previousContent(lines, at)?.text };
  }
  return { number: at, mistake: 'other' };
}

/**
 * The first YAML mistake of a file, named. After it the parser's reading of the rest is a
 * guess, and its further errors follow from the first: reporting them would send the
 * editor to lines that are fine.
 */
export function yamlProblems(source: string, errors: readonly YAMLError[], file: string, lineOffset: number): ContentProblem[] {
  const lines = source.split(/\r?\n/);
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (!first) return [];
  const found = classify(lines, first);
  return [problem(file, lines, lineOffset, found.number, found.mistake, found.reference)];
}

/** An MDX file's front matter, or the problem that keeps it from being found. */
export function frontMatterOf(source: string, file: string): { yaml: string; lineOffset: number; body: string } | ContentProblem {
  // As Astro reads it: blank lines before the opening line are allowed, spaces after the dashes too.
  const match = /^(\uFEFF?(?:[ \t]*\r?\n)*)---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (match) return { yaml: match[2] ?? '', lineOffset: 1 + (match[1]?.match(/\n/g)?.length ?? 0), body: source.slice(match[0].length) };
  const lines = source.split(/\r?\n/);
  const first = lines.findIndex(isContent);
  if (first === -1)
    return {
      file,
      line: 1,
      message: 'файлът е празен; напишете заглавната част между два реда --- и текста под нея',
      kind: 'yaml',
      yaml: 'no-front-matter-start',
      text: '',
    };
  if (lines[first]?.trim() !== '---') {
    const text = lines[0] ?? '';
    return { file, line: 1, message: YAML_MESSAGES['no-front-matter-start'](text, {}), kind: 'yaml', yaml: 'no-front-matter-start', text };
  }
  // Opened but never closed: the front matter ends before the first line that is not YAML.
  let end = lines.length;
  for (let i = first + 1; i < lines.length; i += 1) {
    const text = lines[i] ?? '';
    if (!isContent(text) || /^\s/.test(text) || text.startsWith('- ') || keyOf(text)) continue;
    end = i;
    break;
  }
  const text = lines[end] ?? '';
  return {
    file,
    line: Math.min(end, lines.length - 1) + 1,
    message:
      end < lines.length ? YAML_MESSAGES['no-front-matter-end'](text, {}) : 'заглавната част не е затворена с ред ---; сложете ред --- след последното поле',
    kind: 'yaml',
    yaml: 'no-front-matter-end',
    text,
  };
}
