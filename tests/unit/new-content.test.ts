import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content';
import { findKind, scaffold, writeScaffold } from '../../scripts/new-scaffold';

const ROOT = join(import.meta.dirname, '../..');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vidimost-new-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** `npm run new -- …` in the scratch copy: the project's Node runs scripts/new.ts there. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The content check's messages about one file. */
const problemsOf = (file: string) => checkContent(root).filter((p) => p.includes(file));

describe('npm run new', () => {
  it('проект: a file named by the transliteration law, the title written, what to fill in printed', () => {
    const { status, stdout } = run('проект', 'Подкрепа за деца с увреждания в община Русе');
    expect(status).toBe(0);
    const file = 'content/projects/podkrepa-za-detsa-s-uvrezhdania-v-obshtina-ruse.mdx';
    expect(stdout).toContain(`Създаден е ${file}`);
    expect(stdout).toContain('/proekti/podkrepa-za-detsa-s-uvrezhdania-v-obshtina-ruse/');
    expect(stdout).toMatch(/summary \(Резюме\)/);
    expect(stdout).toMatch(/lead \(Водеща организация\)/);
    expect(stdout).toMatch(/организациите досега: .*obshtina-haskovo/);
    expect(stdout).toContain('npm run check:content');
    const text = read(file);
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('\ntitle: Подкрепа за деца с увреждания в община Русе\n');
    expect(text).toMatch(/\nsummary:\n/);
    expect(text).toMatch(/\nlead:\n/);
    // Nothing the editor has not said: no placeholder organization, no invented fact.
    expect(text).not.toMatch(/^(lead|funding|period|totalCost): \S/m);
    // The body starts empty: no placeholder sentence that could be published as the project's text.
    expect(text.split(/^---$/m)[2]?.trim()).toBe('');
    expect(text).toContain('# Под втория ред --- разкажете за проекта');
    // The content check names exactly the two fields still to fill in, and nothing else.
    const problems = problemsOf(file);
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.includes('summary'))).toBeDefined();
    expect(problems.find((p) => p.includes('lead'))).toBeDefined();
  });

  it('project (Latin alias) and npm run new:project make the same kind of file', () => {
    expect(run('project', 'Шанс за нашите деца 2').status).toBe(0);
    expect(existsSync(join(root, 'content/projects/shans-za-nashite-detsa-2.mdx'))).toBe(true);
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['new:project']).toBe('node scripts/new.ts проект');
    expect(scripts.new).toBe('node scripts/new.ts');
  });

  it('новина: dated file name and date field, today unless a date is given', () => {
    const given = run('новина', 'Откриване на център', '2024-03-15');
    expect(given.status).toBe(0);
    const file = 'content/news/2024-03-15-otkrivane-na-tsentar.mdx';
    expect(read(file)).toContain('\ndate: 2024-03-15\n');
    expect(problemsOf(file)).toEqual([expect.stringContaining('summary')]);

    const today = run('news', 'Среща с родители');
    expect(today.status).toBe(0);
    const [, date] = /content\/news\/(\d{4}-\d{2}-\d{2})-sreshta-s-roditeli\.mdx/.exec(today.stdout) ?? [];
    expect(date).toBeDefined();
    expect(read(`content/news/${date}-sreshta-s-roditeli.mdx`)).toContain(`\ndate: ${date}\n`);
    expect(today.stdout).toContain(`днешната дата ${date}`);
  });

  it('организация: name only, which already passes the content check', () => {
    const { status, stdout } = run('организация', 'Сдружение „Деца и родители“');
    expect(status).toBe(0);
    const file = 'content/organizations/sdruzhenie-detsa-i-roditeli.yaml';
    expect(stdout).toContain(`Създаден е ${file}`);
    expect(read(file)).toMatch(/^# Име: .*\nname: Сдружение „Деца и родители“\n/);
    expect(problemsOf(file)).toEqual([]);
    expect(run('organization', 'Фондация Пример').status).toBe(0);
    expect(existsSync(join(root, 'content/organizations/fondatsia-primer.yaml'))).toBe(true);
  });

  it('lists the other fields with their Bulgarian labels, taken from the schema', () => {
    const result = scaffold(findKind('организация')!, 'Община Пример');
    expect('text' in result && result.text).toContain('kind (Вид)');
    expect('text' in result && result.text).toContain('donations (Дарения)');
  });

  it('never overwrites an existing file', () => {
    const before = read('content/projects/shans-za-nashite-detsa.mdx');
    const { status, stderr } = run('проект', 'Шанс за нашите деца');
    expect(status).toBe(1);
    expect(stderr).toContain('content/projects/shans-za-nashite-detsa.mdx вече съществува');
    expect(read('content/projects/shans-za-nashite-detsa.mdx')).toBe(before);
    expect(writeScaffold(root, scaffold(findKind('project')!, 'Шанс за нашите деца')).ok).toBe(false);
  });

  it('an unknown kind, a missing title or a bad date: a Bulgarian message and a non-zero exit', () => {
    const unknown = run('блог', 'Заглавие');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Непознат вид съдържание „блог“');
    expect(unknown.stderr).toContain('Как се ползва: npm run new -- <вид> "Заглавие"');
    expect(unknown.stderr).toMatch(/проект \(project\)/);
    expect(run().status).toBe(1);
    const noTitle = run('проект');
    expect(noTitle.status).toBe(1);
    expect(noTitle.stderr).toContain('Напишете и заглавието');
    const badDate = run('новина', 'Заглавие', '2023-02-30');
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('„2023-02-30“ не е дата');
    const unquoted = run('проект', 'Шанс', 'за', 'децата');
    expect(unquoted.status).toBe(1);
    expect(unquoted.stderr).toContain('в кавички');
  });

  it('refuses a project name taken by the project listings', () => {
    const { status, stderr } = run('проект', 'Страница');
    expect(status).toBe(1);
    expect(stderr).toContain('„stranitsa“ е заето');
  });
});
