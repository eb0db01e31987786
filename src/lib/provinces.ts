/** Bulgaria's 28 provinces (области), for the map and for checking the places in content. */

/**
 * The provinces' Bulgarian names by ISO 3166-2:BG code, spelled as src/lib/geography.ts spells
 * them. Source: the Bulgarian translation of ISO 3166-2 in Debian's iso-codes 4.15.0
 * (/usr/share/locale/bg/LC_MESSAGES/iso_3166-2.mo); BG-22, which it leaves untranslated
 * („Sofia (stolitsa)“), is София-град as ../shared/DESIGN.md names Столична община's province.
 */
export const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  'BG-01': 'Благоевград',
  'BG-02': 'Бургас',
  'BG-03': 'Варна',
  'BG-04': 'Велико Търново',
  'BG-05': 'Видин',
  'BG-06': 'Враца',
  'BG-07': 'Габрово',
  'BG-08': 'Добрич',
  'BG-09': 'Кърджали',
  'BG-10': 'Кюстендил',
  'BG-11': 'Ловеч',
  'BG-12': 'Монтана',
  'BG-13': 'Пазарджик',
  'BG-14': 'Перник',
  'BG-15': 'Плевен',
  'BG-16': 'Пловдив',
  'BG-17': 'Разград',
  'BG-18': 'Русе',
  'BG-19': 'Силистра',
  'BG-20': 'Сливен',
  'BG-21': 'Смолян',
  'BG-22': 'София-град',
  'BG-23': 'София',
  'BG-24': 'Стара Загора',
  'BG-25': 'Търговище',
  'BG-26': 'Хасково',
  'BG-27': 'Шумен',
  'BG-28': 'Ямбол',
};

/** Whether a name is one of the 28 provinces, spelled as the site spells it. */
export function isProvince(name: string): boolean {
  return Object.values(PROVINCE_NAMES).includes(name);
}
