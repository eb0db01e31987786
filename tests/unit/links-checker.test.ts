import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../helpers/links';

const files = new Set(['/favicon.svg']);
const exists = (path: string) => files.has(path);

describe('the internal link checker', () => {
  it('accepts links to pages, files and anchors that exist, and skips external ones', () => {
    const pages = [
      {
        path: '/',
        html: '<a href="/a/">a</a><a href="/a/#tseli">цели</a><img src="/favicon.svg" alt=""><a href="https://example.org/x">x</a><a href="mailto:a@b.bg">m</a>',
      },
      { path: '/a/', html: '<h2 id="tseli">Цели</h2><a href="../">начало</a><a href="#tseli">тук</a>' },
    ];
    expect(findBrokenLinks(pages, exists)).toEqual([]);
  });

  it('names the page and the link that leads nowhere', () => {
    const pages = [{ path: '/', html: '<a href="/nyama/">x</a><img src="/logo.png" alt="лого">' }];
    expect(findBrokenLinks(pages, exists)).toEqual(['/: /nyama/ → нищо на /nyama/', '/: /logo.png → нищо на /logo.png']);
  });

  it('catches an anchor that no element carries', () => {
    const pages = [
      { path: '/', html: '<a href="/a/#nyama">x</a>' },
      { path: '/a/', html: '<h2 id="tseli">Цели</h2>' },
    ];
    expect(findBrokenLinks(pages, exists)).toEqual(['/: /a/#nyama → няма id="nyama" в /a/']);
  });
});
