/**
 * IBAN and BIC checks for donation details: ISO 13616 (mod 97-10) and the Bulgarian layout
 * BG + 2 check digits + 4-letter bank code + 6 digits + 8 characters (22 in all).
 */

const BG_IBAN = /^BG\d{2}[A-Z]{4}\d{6}[A-Z0-9]{8}$/;
const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** The IBAN without spaces, upper case: how it is stored and copied. */
export function compactIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/** ISO 7064 mod 97-10 over the rearranged IBAN, letters as 10–35. */
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const char of rearranged) {
    const value = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** What is wrong with an IBAN, in an editor's words, or undefined when it is valid. */
export function ibanProblem(input: string): string | undefined {
  const iban = compactIban(input);
  if (!/^[A-Z0-9]+$/.test(iban)) return 'съдържа знаци, които не са латински букви или цифри';
  if (!iban.startsWith('BG')) return 'не е български IBAN (трябва да започва с BG)';
  if (iban.length !== 22) return `има ${iban.length} знака, а българският IBAN има 22`;
  if (!BG_IBAN.test(iban)) return 'не следва строежа BG, 2 цифри, 4 букви (код на банката), 6 цифри, 8 знака';
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return 'контролните цифри (3-ти и 4-ти знак) не съвпадат; проверете дали не е сгрешена цифра';
  return undefined;
}

/** Check digits for a country code and BBAN (used to make example IBANs that no bank has). */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
}

/** „BG80 BNBG 9661 1020 3456 78“: groups of four, as printed. */
export function formatIban(iban: string): string {
  return compactIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

export function isBic(input: string): boolean {
  return BIC.test(input);
}

/** The bank code inside a Bulgarian IBAN (characters 5–8), which is the BIC's first four letters. */
export function bankCodeOf(iban: string): string {
  return compactIban(iban).slice(4, 8);
}
