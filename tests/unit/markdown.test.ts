import { describe, expect, it } from 'vitest';
import { markdownHtml } from '../../src/lib/markdown';

describe('an English body written in Markdown', () => {
  it('becomes paragraphs, section headings, lists and links', () => {
    const html = markdownHtml('## Results\n\nThe centre opened in *2019*.\n\n- one\n- two\n\n[More](https://example.org)');
    expect(html).toContain('<h2>Results</h2>');
    expect(html).toContain('<p>The centre opened in <em>2019</em>.</p>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org">More</a>');
  });
  it('escapes text that only looks like markup', () => {
    expect(markdownHtml('5 < 7 & 8 > 2')).toBe('<p>5 &lt; 7 &amp; 8 &gt; 2</p>\n');
  });
});
