/**
 * Markdown text from a content field (an entry's English body, `en.body`) as HTML, with the
 * same parser Astro uses for the Bulgarian bodies. Section headings start at h2, as in the
 * files; editors' text is trusted like the MDX bodies are.
 */
import { markdownToHtml } from 'satteri';

export function markdownHtml(markdown: string): string {
  return markdownToHtml(markdown).html;
}
