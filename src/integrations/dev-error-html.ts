/**
 * The page `npm run dev` shows instead of every page while content/ has a problem: one
 * self-contained HTML document (no stylesheet, no font, no request but its own check), in
 * Bulgarian, listing each problem by file. Never part of the build.
 */
import type { ContentProblem } from '../checks/problems.ts';
import { htmlStart } from './html-start.ts';

/** The page's texts: the dev preview is an editor's page, not a visitor's, so they live here. */
export const devErrorText = {
  problemCount: (n: number) => (n === 1 ? '1 грешка' : `${n} грешки`),
  title: (n: number) => `Съдържанието има ${devErrorText.problemCount(n)} – преглед на Видимост`,
  heading: (n: number) => `Съдържанието има ${devErrorText.problemCount(n)}`,
  starting: 'Съдържанието е наред; прегледът се стартира…',
  whatToDo: 'Поправете файла, както пише под всяка грешка, и го запазете: сайтът се връща сам, без рестартиране.',
  why: 'Докато има грешки, прегледът показва тази страница вместо всяка страница на сайта. Публикуваният сайт не е засегнат.',
  sameInTerminal: 'Същият списък дава и командата npm run check:content в терминала.',
  fileHeading: (file: string, n: number) => `${file} (${devErrorText.problemCount(n)})`,
  line: (n: number) => `ред ${n}`,
  field: 'поле',
  lineText: (n: number) => `Текстът на ред ${n}:`,
  tab: 'табулация',
  kind: {
    yaml: 'записът не може да се прочете (YAML)',
    schema: 'неправилна стойност',
    reference: 'препратка към друг файл',
    'file-name': 'име на файла',
    publicity: 'изискване за публичност на ЕС',
  } satisfies Record<ContentProblem['kind'], string>,
  noScript: 'Щом поправите файла, презаредете страницата.',
  waiting: 'Проверявам отново всяка секунда…',
} as const;

/** The path the page polls: the problems' hash, so it can reload when they change. */
export const PROBLEMS_PATH = '/__vidimost/problems';

/** A problem with the text of its line, where the line is known and the file readable. */
export interface ShownProblem extends ContentProblem {
  lineText?: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A line of the file as written; tabs (forbidden in YAML) made visible. */
function showLine(text: string): string {
  return text.split('\t').map(escape).join(`<span class="tab" title="${devErrorText.tab}">→</span>`);
}

function problemItem(problem: ShownProblem): string {
  const where = [
    problem.line ? `<span>${escape(devErrorText.line(problem.line))}</span>` : '',
    problem.field ? `<span>${devErrorText.field} <code>${escape(problem.field)}</code></span>` : '',
    `<span class="kind">${escape(devErrorText.kind[problem.kind] ?? problem.kind)}</span>`,
  ].filter(Boolean);
  const line =
    problem.line && problem.lineText !== undefined
      ? `<p class="label">${escape(devErrorText.lineText(problem.line))}</p><pre>${showLine(problem.lineText) || ' '}</pre>`
      : '';
  return `<li><p class="where">${where.join(' · ')}</p><p class="message">${escape(problem.message)}</p>${line}</li>`;
}

/** The problems grouped by file, files in the order the check found them. */
function byFile(problems: ShownProblem[]): Map<string, ShownProblem[]> {
  const files = new Map<string, ShownProblem[]>();
  for (const p of problems) files.set(p.file, [...(files.get(p.file) ?? []), p]);
  return files;
}

const STYLE = `
*{box-sizing:border-box}
html{color:#1b1f24;background:#fff;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',Arial,sans-serif;line-height:1.55;-webkit-text-size-adjust:100%}
body{margin:0}
main{max-width:52rem;margin:0 auto;padding:1.25rem 1rem 3rem}
header{border-left:.4rem solid #b3261e;padding:.25rem 0 .25rem 1rem;margin-bottom:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem;color:#8c1d18}
h2{font-size:1.1rem;margin:2rem 0 .5rem;overflow-wrap:anywhere}
p{margin:.25rem 0}
ol.problems{list-style:none;padding:0;margin:0}
ol.problems>li{border:1px solid #c7cdd6;border-left:.3rem solid #b3261e;border-radius:.25rem;padding:.75rem 1rem;margin:0 0 .75rem;background:#fff}
.where{color:#4a5361;font-size:.95rem}
.where code{color:#1b1f24;font-weight:600}
.kind{white-space:nowrap}
.message{font-size:1.05rem;overflow-wrap:anywhere}
.label{color:#4a5361;font-size:.9rem;margin-top:.5rem}
pre{background:#f6f7f9;border:1px solid #c7cdd6;border-radius:.25rem;padding:.4rem .6rem;margin:.25rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem}
.tab{display:inline-block;background:#fde7e5;color:#8c1d18;padding:0 .35rem;border-radius:.2rem;font-weight:700}
code{font-family:ui-monospace,'DejaVu Sans Mono',monospace}
.todo{font-size:1.05rem;font-weight:600}
footer{margin-top:2rem;border-top:1px solid #c7cdd6;padding-top:.75rem}
.status{color:#4a5361;font-size:.9rem}
`;

/** Polls the dev server and reloads when the problems change or vanish (dev only). */
const script = (hash: string) => `
const seen = ${JSON.stringify(hash)};
setInterval(async () => {
  try {
    const r = await fetch(${JSON.stringify(PROBLEMS_PATH)}, { cache: 'no-store' });
    if (r.ok && (await r.json()).hash !== seen) location.reload();
  } catch {}
}, 1000);
`;

export function renderDevErrorPage(problems: ShownProblem[], hash: string): string {
  const n = problems.length;
  const files = [...byFile(problems)]
    .map(
      ([file, list]) =>
        `<section><h2>${escape(devErrorText.fileHeading(file, list.length))}</h2><ol class="problems">${list.map(problemItem).join('')}</ol></section>`,
    )
    .join('');
  return `${htmlStart('noindex')}
<title>${escape(n ? devErrorText.title(n) : devErrorText.starting)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escape(n ? devErrorText.heading(n) : devErrorText.starting)}</h1>
${
  n
    ? `<p class="todo">${escape(devErrorText.whatToDo)}</p>
<p class="status">${escape(devErrorText.why)}</p>`
    : ''
}
</header>
${files}
<footer>
<p class="status">${escape(devErrorText.sameInTerminal)}</p>
<p class="status">${escape(devErrorText.waiting)}</p>
<noscript><p>${escape(devErrorText.noScript)}</p></noscript>
</footer>
</main>
<script type="module">${script(hash)}</script>
</body>
</html>
`;
}
