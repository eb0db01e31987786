/**
 * The English text of an entry (`en.body`, Markdown in the content file's front matter) as
 * HTML, through Astro's own Markdown processor (the one that renders the .md pages), so that
 * no other Markdown package is needed. No code highlighting: no page shows code.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';

let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

export async function markdownToHtml(markdown: string): Promise<string> {
  processor ??= createSatteriMarkdownProcessor({ syntaxHighlight: false });
  return (await (await processor).render(markdown)).code;
}
