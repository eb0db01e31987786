// Would Prettier change what an .astro file renders? Formats each file in memory with the
// project's Prettier config, compiles the original and the formatted text as the build does
// (compressHTML), and compares the static HTML the two render functions write, whitespace runs
// folded to one space. prettier-plugin-astro formats {…} expressions as JSX, where a line break
// between elements is nothing; in Astro it is a space (withastro/prettier-plugin-astro#308), so
// "<strong>{a}</strong>{b && <>. {b}</>}" would render "a . b". That is why .prettierignore keeps
// .astro files out; a file this script passes may be formatted.
// Run: node scripts/astro-format-safety.mjs [file.astro …]   (default: every tracked .astro file)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
// Astro's own compiler (a dependency of astro), so the comparison is of what the build writes.
import { transform } from '@astrojs/compiler-rs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files =
  process.argv.length > 2 ? process.argv.slice(2) : execFileSync('git', ['ls-files', '*.astro'], { cwd: root, encoding: 'utf8' }).trim().split('\n');

/** The static parts of every template literal in compiled code: the HTML written as is. */
function staticHtml(code) {
  // {' '} compiles to ${' '}: the same space as one written in the template.
  code = code.replace(/\$\{\s*(['"])( ?)\1\s*\}/g, '$2');
  const parts = [];
  const stack = [];
  let mode = 'code';
  let depth = 0;
  let part = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (mode === 'code') {
      if (c === '`') {
        stack.push(depth);
        mode = 'template';
        part = '';
      } else if (c === "'" || c === '"') {
        for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
      } else if (c === '/' && code[i + 1] === '/') {
        while (i < code.length && code[i] !== '\n') i++;
      } else if (c === '/' && code[i + 1] === '*') {
        i = code.indexOf('*/', i + 2) + 1;
      } else if (c === '{') {
        depth++;
      } else if (c === '}') {
        if (depth === 0 && stack.length) {
          depth = stack.pop();
          mode = 'template';
          part = '';
        } else depth--;
      }
    } else if (c === '\\') {
      part += code.slice(i, i + 2);
      i++;
    } else if (c === '`') {
      parts.push(part);
      depth = stack.pop();
      mode = 'code';
    } else if (c === '$' && code[i + 1] === '{') {
      parts.push(part);
      stack.push(depth);
      depth = 0;
      mode = 'code';
      i++;
    } else part += c;
  }
  return parts
    .map((p) => p.replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('⟨⟩');
}

const compiled = (source, filename) => staticHtml(transform(source, { filename, compact: true }).code);
let changed = 0;
for (const file of files) {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  const options = await prettier.resolveConfig(path);
  const formatted = await prettier.format(source, { ...options, filepath: path });
  const before = compiled(source, file);
  const after = compiled(formatted, file);
  if (before === after) continue;
  changed++;
  let k = 0;
  while (before[k] === after[k]) k++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, k - 50), k + 40));
  console.log(`${file}\n  now:       …${around(before)}\n  formatted: …${around(after)}`);
}
console.log(`${changed} of ${files.length} .astro files would render differently once formatted (⟨⟩ marks an expression).`);
process.exitCode = changed ? 1 : 0;
