/**
 * The map of Bulgaria's 28 provinces, shaded by how many projects each has. The outlines are
 * projected once by scripts/make-map.mjs from ../shared/data/geo/bg-provinces.topo.json
 * (Natural Earth, public domain) into bulgaria-provinces.json; this only joins them to the
 * projects and picks each province's shade.
 */
import outlines from './bulgaria-provinces.json' with { type: 'json' };
import { PROVINCE_NAMES } from '../provinces.ts';

export { PROVINCE_NAMES };

export interface MapProvince {
  iso: string;
  name: string;
  d: string;
  /** Where the province's figure is written. */
  cx: number;
  cy: number;
  count: number;
  /** 0 for no project, then 1…levels.length, darker with more projects. */
  level: number;
}

/** One step of the legend: the counts it covers, both ends included. */
export interface MapLevel {
  level: number;
  min: number;
  max: number;
}

export interface ProvinceMap {
  width: number;
  height: number;
  provinces: MapProvince[];
  levels: MapLevel[];
}

/** At most this many shades besides „no project“, so that each stays apart at AA contrast. */
const MAX_LEVELS = 3;

/** The legend's steps: one per count while they are few, else equal ranges up to the largest. */
export function mapLevels(maxCount: number): MapLevel[] {
  if (maxCount <= 0) return [];
  if (maxCount <= MAX_LEVELS) return Array.from({ length: maxCount }, (_, i) => ({ level: i + 1, min: i + 1, max: i + 1 }));
  const size = Math.ceil(maxCount / MAX_LEVELS);
  const levels: MapLevel[] = [];
  for (let min = 1; min <= maxCount; min += size) levels.push({ level: levels.length + 1, min, max: Math.min(min + size - 1, maxCount) });
  return levels;
}

/**
 * Every province with its number of projects and shade. `counts` is keyed by province name;
 * a name that is not one of the 28 throws, naming it, since it would silently miss the map.
 */
export function provinceMap(counts: ReadonlyMap<string, number>): ProvinceMap {
  const known = new Set(Object.values(PROVINCE_NAMES));
  const unknown = [...counts.keys()].filter((name) => !known.has(name));
  if (unknown.length) {
    throw new Error(`Картата не познава област ${unknown.map((n) => `„${n}“`).join(', ')}; пишете името на областта както в списъка: ${[...known].join(', ')}`);
  }
  const levels = mapLevels(Math.max(0, ...counts.values()));
  const levelOf = (count: number) => levels.find((l) => count >= l.min && count <= l.max)?.level ?? 0;
  const provinces = outlines.provinces.map((p): MapProvince => {
    const name = PROVINCE_NAMES[p.iso]!;
    const count = counts.get(name) ?? 0;
    return { ...p, name, count, level: levelOf(count) };
  });
  return { width: outlines.width, height: outlines.height, provinces, levels };
}
