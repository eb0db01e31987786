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

/** Subject and body in Bulgarian, percent-encoded (RFC 6068: spaces as %20, line breaks as %0D%0A). */
export function reportErrorHref({ email, title, url, contractNumbers = [] }: ReportErrorInput): string | undefined {
  if (!email) return undefined;
  const body = [
    `Страница: ${title}`,
    `Адрес: ${url}`,
    ...(contractNumbers.length ? [`Номер на договора: ${contractNumbers.join(', ')}`] : []),
    '',
    'Кой факт не е верен, какъв е верният и откъде го знаете:',
    '',
  ].join('\r\n');
  return `mailto:${email}?subject=${encodeURIComponent(`Грешка на страница „${title}“`)}&body=${encodeURIComponent(body)}`;
}
