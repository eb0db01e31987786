// What a social card costs (src/data/social-card-render.ts): the one-off setup (fonts, HarfBuzz,
// satori), then per card the layout (fitting the title: what a cache hit still pays), the SVG
// (satori) and the PNG (resvg), in CPU time, which a busy machine distorts less than wall time.
// Usage: node scripts/bench/social-cards.ts [cards, default 60]
import { Resvg } from '@resvg/resvg-js';
import { socialCardPng, socialCardSvg, socialCardTree } from '../../src/data/social-card-render.ts';
import type { CardInput } from '../../src/lib/social-card.ts';

const n = Number(process.argv[2]) || 60;
const WORDS = ['Шанс', 'за', 'нашите', 'деца', 'Инициатива', 'развитие', 'социално', 'включване', 'интегрирани', 'услуги', 'семейства', 'общност'];
// Example inputs: titles of 3 to 20 words, every third card with the 2014-2020 emblem lines.
const inputs: CardInput[] = Array.from({ length: n }, (_, i) => ({
  lang: 'bg',
  label: 'Проект',
  title: { text: Array.from({ length: 3 + (i % 18) }, (_, j) => WORDS[(i * 7 + j * 5) % WORDS.length]).join(' '), lang: 'bg' },
  organization: { text: `Община Пример ${i}`, lang: 'bg' },
  siteName: 'Видимост',
  emblem: i % 3 === 0 ? ['Европейски съюз', 'Европейски социален фонд'] : [],
}));

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
async function phase(name: string, run: (input: CardInput) => Promise<unknown>) {
  const [c0, w0] = [cpu(), performance.now()];
  for (const input of inputs) await run(input);
  const [c, w] = [cpu() - c0, performance.now() - w0];
  console.log(`${name.padEnd(34)} ${(c / n).toFixed(1).padStart(7)} ms CPU/card ${(w / n).toFixed(1).padStart(7)} ms wall/card`);
  return c / n;
}

const [c0, w0] = [cpu(), performance.now()];
await socialCardPng(inputs[0]!, { cache: false });
console.log(`setup and first card                ${(cpu() - c0).toFixed(0)} ms CPU, ${(performance.now() - w0).toFixed(0)} ms wall`);
const tree = await phase('layout (tree, a cache hit)', socialCardTree);
const svg = await phase('layout + SVG (satori)', socialCardSvg);
const all = await phase('layout + SVG + PNG (resvg), no cache', (input) => socialCardPng(input, { cache: false }));
const svgs = await Promise.all(inputs.map(socialCardSvg));
const [r0] = [cpu()];
for (const s of svgs) new Resvg(s, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
console.log(`PNG alone (resvg)                  ${((cpu() - r0) / n).toFixed(1).padStart(7)} ms CPU/card`);
const perProject = 2 * all; // a Bulgarian and an English card
console.log(
  `per project (2 cards): ${perProject.toFixed(0)} ms CPU; 10,000 projects ≈ ${((perProject * 10_000) / 60_000).toFixed(1)} CPU min anew, ≈ ${((2 * tree * 10_000) / 60_000).toFixed(1)} CPU min from the cache (layout ${tree.toFixed(1)}, satori ${(svg - tree).toFixed(1)} ms)`,
);
