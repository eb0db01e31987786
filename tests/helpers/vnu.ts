/**
 * The W3C Nu HTML Checker (npm vnu-jar) on Java. Without Java the gate is skipped with a
 * printed reason, except under CI=true, where it fails (.ci/run installs Java when missing).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const jar: string = createRequire(import.meta.url)('vnu-jar');

export function javaUnavailableReason(): string | undefined {
  if (spawnSync('java', ['-version']).status === 0) return undefined;
  const reason = 'no Java found for the Nu HTML Checker (Debian: apt-get install default-jre-headless)';
  if (process.env.CI === 'true') throw new Error(`HTML validity cannot be checked under CI: ${reason}`);
  console.warn(`Skipping HTML validity: ${reason}`);
  return reason;
}

export interface HtmlError {
  file: string;
  line?: number;
  message: string;
}

/** Every error the checker finds in the given HTML files, in one Java run. */
export function validateHtml(files: string[]): HtmlError[] {
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  return report.messages
    .filter((m) => m.type === 'error')
    .map((m) => ({ file: decodeURIComponent(m.url?.replace(/^file:/, '') ?? ''), line: m.lastLine, message: m.message }));
}
