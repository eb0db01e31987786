/**
 * Small typographic rules applied to text the site shows but does not write itself (addresses,
 * numbers typed by editors), so that the page follows one convention whatever was typed.
 */
import { NBSP } from './dates.ts';

/** „№ 1“ with a no-break space, so the sign never ends a line without its number. */
export function keepNumberSign(text: string): string {
  return text.replace(/№[ \t]*(?=\S)/g, `№${NBSP}`);
}

/**
 * The href of a phone number as written in Bulgaria („038/603-324“, „0888 123 456“,
 * „+359 2 123 4567“): digits only, the national 0 replaced by +359. Undefined when the text
 * does not look like one number (then it is shown without a link rather than with a wrong one).
 */
export function telHref(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!/^[+\d][\d\s()/.-]*$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, '');
  let international: string;
  if (trimmed.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith('0')) international = `359${digits.slice(1)}`;
  else return undefined;
  // E.164: at most 15 digits; a Bulgarian number has 8-9 after the country code.
  if (international.length < 8 || international.length > 15) return undefined;
  return `tel:+${international}`;
}

export interface TextPart {
  text: string;
  /** A tel: address when the part is a phone number. */
  href?: string;
}

const PHONE_RUN = /\+?\d[\d\s()/.-]{4,}\d/g;

/**
 * A phone field as written, cut into its numbers (each with a tel: address) and the words
 * around them: „0431/98 248 (общо деловодство)“ → the number, then „ (общо деловодство)“.
 */
export function phoneParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_RUN)) {
    const href = telHref(match[0]);
    if (!href) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], href });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
