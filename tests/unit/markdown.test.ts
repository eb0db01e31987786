import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/data/markdown';

describe('the English text of an entry (en.body), from Markdown', () => {
  it('renders paragraphs, section headings, emphasis and links as HTML', async () => {
    const html = await markdownToHtml('The centre supports **children** and parents.\n\n## Activities\n\nSee [the municipality](https://example.org/).');
    expect(html).toContain('<p>The centre supports <strong>children</strong> and parents.</p>');
    expect(html).toMatch(/<h2[^>]*>Activities<\/h2>/);
    expect(html).toContain('<a href="https://example.org/">the municipality</a>');
  });

  it('gives nothing for an empty text', async () => {
    expect((await markdownToHtml('')).trim()).toBe('');
  });
});
