import { describe, expect, it } from 'vitest';
import { aroundArgument, langAttr, localList, localText, markNames } from '../../src/lib/local-text';

describe('content text in the page language, or the Bulgarian original marked as such', () => {
  it('keeps Bulgarian pages Bulgarian, even when English exists', () => {
    expect(localText('Шанс за нашите деца', 'A chance for our children', 'bg')).toEqual({ text: 'Шанс за нашите деца', lang: 'bg' });
  });
  it('shows the English the editors wrote on English pages', () => {
    expect(localText('Шанс за нашите деца', 'A chance for our children', 'en')).toEqual({ text: 'A chance for our children', lang: 'en' });
  });
  it('falls back to the Bulgarian original, marked bg, when there is no English (or it is empty)', () => {
    expect(localText('Шанс за нашите деца', undefined, 'en')).toEqual({ text: 'Шанс за нашите деца', lang: 'bg' });
    expect(localText('Шанс за нашите деца', '', 'en')).toEqual({ text: 'Шанс за нашите деца', lang: 'bg' });
  });
  it('takes an English list only when it is complete, never a mix of languages', () => {
    expect(localList(['а', 'б'], ['a', 'b'], 'en')).toEqual({ items: ['a', 'b'], lang: 'en' });
    expect(localList(['а', 'б'], ['a'], 'en')).toEqual({ items: ['а', 'б'], lang: 'bg' });
    expect(localList(['а', 'б'], ['a', 'b'], 'bg')).toEqual({ items: ['а', 'б'], lang: 'bg' });
  });
  it('marks an element only when its text is not in the page language', () => {
    expect(langAttr('bg', 'en')).toBe('bg');
    expect(langAttr('en', 'en')).toBeUndefined();
    expect(langAttr('bg', 'bg')).toBeUndefined();
  });
  it('cuts the content names out of interface text, so that each can carry lang="bg"', () => {
    expect(markNames('Supported by Фондация „Лале“.', ['Фондация „Лале“'])).toEqual([
      { text: 'Supported by ', name: false },
      { text: 'Фондация „Лале“', name: true },
      { text: '.', name: false },
    ]);
    expect(markNames('Хасково municipality, Хасково province', ['Хасково'])).toEqual([
      { text: 'Хасково', name: true },
      { text: ' municipality, ', name: false },
      { text: 'Хасково', name: true },
      { text: ' province', name: false },
    ]);
  });
  it('takes the longer of two overlapping names, and leaves text without names whole', () => {
    expect(markNames('in Стара Загора', ['Загора', 'Стара Загора'])).toEqual([
      { text: 'in ', name: false },
      { text: 'Стара Загора', name: true },
    ]);
    expect(markNames('Sofia Municipality', ['Столична община'])).toEqual([{ text: 'Sofia Municipality', name: false }]);
    expect(markNames('x', [''])).toEqual([{ text: 'x', name: false }]);
  });
});

describe('the words around a name in a sentence template', () => {
  it('splits the template where its argument goes', () => {
    expect(aroundArgument((p) => `page of ${p}`)).toEqual(['page of ', '']);
    expect(aroundArgument((a) => `Date: not stated (about ${a})`)).toEqual(['Date: not stated (about ', ')']);
  });
  it('gives nothing when the argument is not used exactly once', () => {
    expect(aroundArgument(() => 'none')).toBeUndefined();
    expect(aroundArgument((a) => `${a} and ${a}`)).toBeUndefined();
  });
});
