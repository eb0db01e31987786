/**
 * Bulgarian queries and the pages they must find, taken from the content: places, needs,
 * names, inflected forms, contract numbers whole and by their last part. A hit is any of the
 * listed pages. Queries in `mustNotMatch` must bring no project page into the top 3.
 */
const P = (id: string) => `/proekti/${id}/`;
/** The sample projects' pages, which both relevance sets expect. */
export const SHANS = P('shans-za-nashite-detsa');
export const INITS = P('initsiativa-za-razvitie-i-sotsialno-vklyuchvane');
export const BADESHTE = P('badeshte-za-vsyako-dete');
export const KOMPLEKS = P('kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva');
export const HOLIST = P('holistichna-podkrepa-za-ranno-detsko-razvitie');

export const relevanceSet: { query: string; expect: string[] }[] = [
  // places
  { query: 'Хасково', expect: [SHANS] },
  { query: 'в Хасково', expect: [SHANS] },
  { query: 'Казанлък', expect: [BADESHTE] },
  { query: 'Крън', expect: [BADESHTE] },
  { query: 'Ръжена', expect: [BADESHTE] },
  { query: 'Горно Черковище', expect: [BADESHTE] },
  { query: 'Раковски', expect: [HOLIST] },
  { query: 'Садово', expect: [INITS] },
  { query: 'Асеновград', expect: [INITS] },
  { query: 'Столична община', expect: [KOMPLEKS] },
  { query: 'София', expect: [KOMPLEKS] },
  { query: 'област Пловдив', expect: [INITS, HOLIST] },
  // needs, in the forms people type them
  { query: 'ранна интервенция', expect: [SHANS, HOLIST] },
  { query: 'интервенциите', expect: [SHANS, HOLIST] },
  { query: 'детска градина', expect: [SHANS] },
  { query: 'детските градини', expect: [SHANS] },
  { query: 'дете с увреждане', expect: [SHANS] },
  { query: 'психологическата подкрепа', expect: [SHANS, HOLIST] },
  { query: 'терапевтичната подкрепа', expect: [INITS] },
  { query: 'семейната терапия', expect: [HOLIST] },
  { query: 'маргинализираните общности', expect: [BADESHTE] },
  { query: 'общинските служители', expect: [HOLIST] },
  { query: 'семейно консултиране', expect: [SHANS] },
  { query: 'къщите на семейството', expect: [BADESHTE] },
  { query: 'къщи на семейството', expect: [BADESHTE] },
  { query: 'музикотерапия', expect: [HOLIST] },
  { query: 'арт терапия', expect: [HOLIST] },
  { query: 'ранните бракове', expect: [BADESHTE] },
  { query: 'ранни бракове', expect: [BADESHTE] },
  { query: 'деца в риск', expect: [INITS] },
  { query: 'децата в риск', expect: [INITS] },
  { query: 'социалното включване', expect: [INITS, SHANS] },
  { query: 'бъдещите родители', expect: [KOMPLEKS, SHANS] },
  { query: 'училищна готовност', expect: [SHANS, KOMPLEKS] },
  { query: 'готовността за училище', expect: [KOMPLEKS, SHANS] },
  { query: 'рехабилитация', expect: [SHANS, HOLIST] },
  { query: 'медиатор', expect: [BADESHTE] },
  // names
  { query: 'Сигурен старт', expect: [BADESHTE] },
  { query: 'УНИЦЕФ', expect: [BADESHTE] },
  { query: 'Параскева', expect: [KOMPLEKS] },
  { query: 'Human Safety Net', expect: [HOLIST] },
  { query: 'Шанс за нашите деца', expect: [SHANS] },
  { query: 'Холистична подкрепа', expect: [HOLIST] },
  // contract numbers, whole and by their last part
  { query: 'BG05M9OP001-2.004-0049', expect: [SHANS] },
  { query: '0049', expect: [SHANS] },
  { query: 'BG05M9OP001-2.004-0047', expect: [KOMPLEKS] },
  { query: '0047', expect: [KOMPLEKS] },
];

export const mustNotMatch: string[] = ['Бургас', 'Варна', 'футбол', 'криптовалута'];
