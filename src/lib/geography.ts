/**
 * Municipality → province (област) for the places the content uses. The list grows with the
 * content; a place whose municipality is not listed must name its province itself.
 * Source: ../shared/DESIGN.md ("Provinces of the sample").
 */
import { isProvince, PROVINCE_NAMES } from './provinces.ts';

const PROVINCE_OF_MUNICIPALITY: Record<string, string> = {
  Хасково: 'Хасково',
  Казанлък: 'Стара Загора',
  'Столична община': 'София-град',
  Пловдив: 'Пловдив',
  Марица: 'Пловдив',
  Садово: 'Пловдив',
  Куклен: 'Пловдив',
  Родопи: 'Пловдив',
  Перущица: 'Пловдив',
  Стамболийски: 'Пловдив',
  Асеновград: 'Пловдив',
  Раковски: 'Пловдив',
};

export function knownProvinceOf(municipality: string): string | undefined {
  return PROVINCE_OF_MUNICIPALITY[municipality];
}

export interface PlaceInput {
  municipality: string;
  province?: string;
}

/**
 * The province of a place: as written, or from the known list. Returns an editor's message
 * when the two disagree or when neither gives one.
 */
export function resolveProvince(place: PlaceInput): { province: string } | { error: string } {
  const known = knownProvinceOf(place.municipality);
  if (place.province && known && place.province !== known) {
    return { error: `община „${place.municipality}“ е в област „${known}“, а е написано „${place.province}“; поправете или изтрийте province` };
  }
  if (place.province && !isProvince(place.province)) {
    return { error: `„${place.province}“ не е област; пишете името ѝ както в списъка: ${Object.values(PROVINCE_NAMES).join(', ')}` };
  }
  const province = place.province ?? known;
  if (!province) {
    return { error: `за община „${place.municipality}“ няма известна област; добавете province, напр. province: Пловдив` };
  }
  return { province };
}
