import { describe, expect, it } from 'vitest';
import { keepNumberSign, phoneParts, telHref } from '../../src/lib/typography';

describe('keepNumberSign', () => {
  it('puts a no-break space after „№“ whatever space was typed', () => {
    expect(keepNumberSign('пл. „Общински“ № 1')).toBe('пл. „Общински“ №\u00a01');
    expect(keepNumberSign('№6 и №  7')).toBe('№\u00a06 и №\u00a07');
    expect(keepNumberSign('без номер')).toBe('без номер');
  });
});

describe('telHref', () => {
  it('turns Bulgarian numbers as written into international tel: addresses', () => {
    expect(telHref('038/603-324')).toBe('tel:+35938603324');
    expect(telHref('0888 123 456')).toBe('tel:+359888123456');
    expect(telHref('+359 2 123 4567')).toBe('tel:+35921234567');
    expect(telHref('00359 431 98248')).toBe('tel:+35943198248');
  });
  it('gives no address for what is not one number', () => {
    expect(telHref('обадете се')).toBeUndefined();
    expect(telHref('12345')).toBeUndefined();
    expect(telHref('603-324')).toBeUndefined();
  });
});

describe('phoneParts', () => {
  it('links the number and keeps the words around it', () => {
    expect(phoneParts('0431/98 248 (общо деловодство)')).toEqual([{ text: '0431/98 248', href: 'tel:+35943198248' }, { text: ' (общо деловодство)' }]);
  });
  it('links each of several numbers', () => {
    expect(phoneParts('038/603-324, 0888 123 456')).toEqual([
      { text: '038/603-324', href: 'tel:+35938603324' },
      { text: ', ' },
      { text: '0888 123 456', href: 'tel:+359888123456' },
    ]);
  });
  it('leaves text without a number as it is', () => {
    expect(phoneParts('по договаряне')).toEqual([{ text: 'по договаряне' }]);
  });
});
