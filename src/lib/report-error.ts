/**
 * The „Съобщете за грешка“ link: a mailto: with the page's title, address and contract
 * numbers filled in, so that the operator knows which fact is meant. Pure.
 */

export interface ReportErrorInput {
  /** The operator's address; without one there is no link. */
  email?: string;
  title: string;
  url: string;
  contractNumbers?: string[];
}

/** The e-mail's words, from the page's strings table (`reportError.mail`). */
export interface ReportErrorWords {
  subject: (title: string) => string;
  page: string;
  address: string;
  contract: string;
  ask: string;
}

/** Subject and body in the page's language, percent-encoded (RFC 6068: spaces as %20, line breaks as %0D%0A). */
export function reportErrorHref({ email, title, url, contractNumbers = [] }: ReportErrorInput, words: ReportErrorWords): string | undefined {
  if (!email) return undefined;
  const body = [
    `${words.page}: ${title}`,
    `${words.address}: ${url}`,
    ...(contractNumbers.length ? [`${words.contract}: ${contractNumbers.join(', ')}`] : []),
    '',
    words.ask,
    '',
  ].join('\r\n');
  return `mailto:${email}?subject=${encodeURIComponent(words.subject(title))}&body=${encodeURIComponent(body)}`;
}
