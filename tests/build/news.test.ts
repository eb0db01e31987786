import { beforeAll, describe, expect, it } from 'vitest';
import { contentNews } from '../helpers/content';
import { readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

const linksOn = (path: string) =>
  readPage(path)
    .doc.querySelectorAll('main a')
    .map((a) => a.getAttribute('href'));

describe.each(contentNews())('the news item $data.title', ({ id, data }) => {
  const path = `/novini/${id}/`;

  it('links to its projects and organizations, and they link back', () => {
    for (const project of data.projects) {
      expect(linksOn(path)).toContain(`/proekti/${project}/`);
      expect(linksOn(`/proekti/${project}/`)).toContain(path);
    }
    for (const org of data.organizations) {
      expect(linksOn(path)).toContain(`/organizatsii/${org}/`);
      expect(linksOn(`/organizatsii/${org}/`)).toContain(path);
    }
  });

  it('shows its publication date, or says it has none', () => {
    const text = textOf(readPage(path).doc.querySelector('main'));
    if (data.date) expect(text).toContain(`Публикувано на ${data.date.split('-').reverse().join('.')}\u00a0г.`);
    else expect(text).toContain('Дата на публикуване: не е посочено');
  });
});

describe('the news list', () => {
  it('puts the newest first and the undated last', () => {
    const items = readPage('/novini/')
      .doc.querySelectorAll('main h2 a')
      .map((a) => a.getAttribute('href'));
    expect(items).toEqual([
      '/novini/2023-10-09-badeshte-za-vsyako-dete-v-obshtina-kazanlak/',
      '/novini/2023-04-28-sporazumenia-za-ranno-detsko-razvitie/',
      '/novini/2016-12-20-dogovor-za-kompleks-za-integrirani-sotsialni-uslugi/',
      '/novini/shans-za-nashite-detsa-prez-2019/',
    ]);
  });
});
