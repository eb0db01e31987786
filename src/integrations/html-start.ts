/** The opening of the pages the tooling writes itself (the editor, the dev error page): Bulgarian, for phones, kept out of search engines. */
export function htmlStart(robots: 'noindex' | 'noindex, nofollow'): string {
  return `<!doctype html>
<html lang="bg">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="${robots}">`;
}
