// Reads a `_headers` file (the format Netlify and Cloudflare Pages use) so that local servers
// and tests apply the very headers the production host will.

/** Parses `_headers` text into [{ pattern, headers: [[name, value]] }]. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon === -1) throw new Error(`_headers: a header line outside a path, or without a colon: ${raw.trim()}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for a request path: every rule whose pattern (with * as a wildcard) matches. */
export function headersFor(rules, path) {
  const matches = (pattern) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}
