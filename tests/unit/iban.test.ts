import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { epcPayload, epcQrSvg } from '../../src/lib/epc-qr';
import { compactIban, formatIban, ibanCheckDigits, ibanProblem, isBic } from '../../src/lib/iban';
import { donationsSchema } from '../../src/schemas/donations';

describe('IBAN', () => {
  it('accepts the valid Bulgarian examples of the reference file, with or without spaces', () => {
    for (const iban of [
      'BG80BNBG96611020345678',
      'BG06UBBS80021026072940',
      'BG64STSA93001527795692',
      'BG44TEXI95451005733000',
      'BG72UBBS80021011835450',
      'BG80 BNBG 9661 1020 3456 78',
    ]) {
      expect(ibanProblem(iban), iban).toBeUndefined();
    }
  });

  it('rejects wrong check digits, length, country and characters, saying which', () => {
    expect(ibanProblem('BG81BNBG96611020345678')).toMatch(/контролните цифри/);
    expect(ibanProblem('BG80BNBG9661102034567')).toMatch(/има 21 знака/);
    expect(ibanProblem('DE89370400440532013000')).toMatch(/не е български IBAN/);
    expect(ibanProblem('BG80BNBG9661102034567!')).toMatch(/знаци, които не са латински букви или цифри/);
    expect(ibanProblem('BG801NBG96611020345678')).toMatch(/не следва строежа/);
  });

  it('computes check digits, so example IBANs with the bank code ZZZZ are valid', () => {
    expect(ibanCheckDigits('BG', 'BNBG96611020345678')).toBe('80');
    const example = `BG${ibanCheckDigits('BG', 'ZZZZ00000000000001')}ZZZZ00000000000001`;
    expect(ibanProblem(example)).toBeUndefined();
  });

  it('prints in groups of four and copies without spaces', () => {
    expect(formatIban('BG80BNBG96611020345678')).toBe('BG80 BNBG 9661 1020 3456 78');
    expect(compactIban('bg80 bnbg 9661 1020 3456 78')).toBe('BG80BNBG96611020345678');
  });
});

describe('BIC', () => {
  it('takes 8 or 11 characters', () => {
    expect(isBic('UBBSBGSF')).toBe(true);
    expect(isBic('STSABGSFXXX')).toBe(true);
    expect(isBic('UBBS BGSF')).toBe(false);
    expect(isBic('UBBSBG')).toBe(false);
  });
});

describe('donation details in content', () => {
  const base = { recipient: 'Фондация', reason: 'Дарение' };

  it('require an example IBAN (bank code ZZZZ) to be marked as an example, and only such', () => {
    expect(donationsSchema.safeParse({ ...base, iban: 'BG59 ZZZZ 0000 0000 0000 01', ibanIsExample: true }).success).toBe(true);
    expect(donationsSchema.safeParse({ ...base, iban: 'BG59 ZZZZ 0000 0000 0000 01' }).error?.issues[0]?.message).toMatch(/добавете ibanIsExample: true/);
    expect(donationsSchema.safeParse({ ...base, iban: 'BG80BNBG96611020345678', ibanIsExample: true }).error?.issues[0]?.message).toMatch(
      /примерен IBAN трябва да е с код на банка ZZZZ/,
    );
  });

  it('name the value of a wrong IBAN, BIC and DMS keyword', () => {
    const issues =
      donationsSchema.safeParse({
        ...base,
        iban: 'BG81BNBG96611020345678',
        bic: 'ubbs',
        dms: { keyword: 'dms roditel', from: '2026-01-01', until: '2026-12-31' },
      }).error?.issues ?? [];
    const messages = issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^iban: „BG81BNBG96611020345678“ не е валиден IBAN: контролните цифри/),
        expect.stringMatching(/^bic: „ubbs“ не е BIC/),
        expect.stringMatching(/^dms\.keyword: „dms roditel“ не е ключова дума за DMS/),
      ]),
    );
  });
});

describe('EPC QR payload', () => {
  it('is a SEPA credit transfer in the EPC069-12 layout with the amount left empty', () => {
    expect(epcPayload({ name: 'Фондация „За Нашите Деца“', iban: 'BG59 ZZZZ 0000 0000 0000 01', reason: 'Дарение' }).split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      'Фондация „За Нашите Деца“',
      'BG59ZZZZ00000000000001',
      '',
      '',
      '',
      'Дарение',
    ]);
  });

  it('refuses a name or reason longer than the standard allows', () => {
    expect(() => epcPayload({ name: 'x'.repeat(71), iban: 'BG80BNBG96611020345678' })).toThrow(RangeError);
    expect(() => epcPayload({ name: 'x', iban: 'BG80BNBG96611020345678', reason: 'x'.repeat(141) })).toThrow(RangeError);
  });

  it('draws the payload as a black-on-white SVG with medium error correction and a two-module margin', async () => {
    const transfer = { name: 'Фондация „Пример“', iban: 'BG80 BNBG 9661 1020 3456 78', reason: 'Дарение' };
    const svg = await epcQrSvg(transfer);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|href=/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    const size = QRCode.create(epcPayload(transfer), { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`);
    // the same transfer always draws the same code; another reason draws another one
    expect(await epcQrSvg(transfer)).toBe(svg);
    expect(await epcQrSvg({ ...transfer, reason: 'Дарение за проекта' })).not.toBe(svg);
  });
});
