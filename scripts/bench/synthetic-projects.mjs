// Synthetic projects for measuring the site at scale: the build-scale benchmark writes them into
// a temporary copy, and the sharded-search test builds and indexes them. Each passes every
// content check; nothing in them is a fact about a real project.
export const MUNICIPALITIES = [
  'Хасково',
  'Казанлък',
  'Столична община',
  'Пловдив',
  'Марица',
  'Садово',
  'Куклен',
  'Родопи',
  'Перущица',
  'Стамболийски',
  'Асеновград',
  'Раковски',
];
export const PROGRAMMES = ['oprchr-2014-2020', 'prchr-2021-2027', 'the-human-safety-net', undefined];
// Contract numbers start with their programme's code (the content check holds them to it).
const CONTRACT_PREFIX = { 'oprchr-2014-2020': 'BG05M9OP001-2.004-', 'prchr-2021-2027': 'BG05SFPR002-2.003-' };
export const LEADS = ['obshtina-haskovo', 'fondatsia-za-nashite-detsa', 'stolichna-obshtina', 'obshtina-kazanlak'];

/** A project that passes every check, the EU publicity check included (a goal and a description; results only warn). */
export function syntheticProject(i) {
  const programme = PROGRAMMES[i % PROGRAMMES.length];
  const year = 2016 + (i % 10);
  return `---
title: Синтетичен проект ${i} за измерване
summary: Измислен проект ${i}, създаден само за измерване на времето за построяване. Не е истински.
lead: ${LEADS[i % LEADS.length]}
goal: Синтетична цел на проект ${i}, нужна на проверката за публичност на ЕС.
activities:
  - title: Първа дейност
    text: Описание на първата дейност на синтетичния проект.
  - title: Втора дейност
targetGroups:
  - деца и семейства
totalCost:
  amount: ${100000 + i * 17.31}
  currency: BGN
${programme ? `funding:\n  - programme: ${programme}\n${CONTRACT_PREFIX[programme] ? `    contractNumber: ${CONTRACT_PREFIX[programme]}${String(i).padStart(4, '0')}\n` : ''}` : ''}period:
  start: ${year}-01-15
  end: ${year + 2}-06-30
places:
  - municipality: ${MUNICIPALITIES[i % MUNICIPALITIES.length]}
  - municipality: ${MUNICIPALITIES[(i * 7 + 3) % MUNICIPALITIES.length]}
---

Синтетичен текст за проект ${i}. ${'Дейностите подкрепят деца и семейства в общината. '.repeat(6)}
`;
}

/** The file name (without .mdx) of synthetic project i, as the benchmark writes it. */
export const syntheticSlug = (i) => `sintetichen-proekt-${i}`;
