import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n';
import { reportErrorHref } from '../../src/lib/report-error';

const words = strings('bg').reportError.mail;

describe('reportErrorHref', () => {
  it('is absent without an operator e-mail', () => {
    expect(reportErrorHref({ title: 'Проект', url: 'https://x.example/proekti/p/' }, words)).toBeUndefined();
  });

  it('fills the subject and body with the title, address and contract numbers, percent-encoded', () => {
    const href = reportErrorHref(
      { email: 'info@x.bg', title: 'Шанс & „деца“', url: 'https://x.example/proekti/p/?a=1', contractNumbers: ['BG05M9OP001-2.004-0049', 'X-2'] },
      words,
    )!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('info@x.bg');
    expect(href).not.toMatch(/\s/);
    expect(href.split('&')).toHaveLength(2);
    expect(url.searchParams.get('subject')).toBe('Грешка на страница „Шанс & „деца““');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Страница: Шанс & „деца“\r\nАдрес: https://x.example/proekti/p/?a=1\r\nНомер на договора: BG05M9OP001-2.004-0049, X-2\r\n');
    expect(href).toContain('%20');
  });

  it('leaves the contract line out when there is none', () => {
    const body = new URL(reportErrorHref({ email: 'a@b.bg', title: 'Новина', url: 'https://x.example/novini/n/' }, words)!).searchParams.get('body')!;
    expect(body).not.toContain('Номер на договора');
  });

  it('writes the e-mail in the page’s language', () => {
    const url = new URL(
      reportErrorHref({ email: 'a@b.bg', title: 'Chance', url: 'https://x.example/en/p/', contractNumbers: ['X-1'] }, strings('en').reportError.mail)!,
    );
    expect(url.searchParams.get('subject')).toBe('Error on the page “Chance”');
    expect(url.searchParams.get('body')).toContain('Page: Chance\r\nAddress: https://x.example/en/p/\r\nContract number: X-1\r\n');
  });
});
