// Projects and simplifies the 28 provinces of ../shared/data/geo/bg-provinces.topo.json once,
// into the compact file the map draws from (src/lib/charts/bulgaria-provinces.json), so that
// the build does no geometry. Run: node scripts/make-map.mjs [path/to/bg-provinces.topo.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '..', 'shared', 'data', 'geo', 'bg-provinces.topo.json');
const target = join(root, 'src', 'lib', 'charts', 'bulgaria-provinces.json');

// Width of the drawing in SVG units; one unit is about 0.9 km, finer than the 1:10 m data.
const WIDTH = 560;

const topo = JSON.parse(readFileSync(source, 'utf8'));
const { scale, translate } = topo.transform;
const [west, south, east, north] = topo.bbox;

// Decode the delta-encoded, quantized arcs into lon/lat.
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});

// An equirectangular projection true to scale at the middle latitude: over a country 3° of
// latitude high it distorts less than the data's own precision shows at this size.
const midLat = ((south + north) / 2) * (Math.PI / 180);
const kx = WIDTH / ((east - west) * Math.cos(midLat));
const HEIGHT = Math.ceil((north - south) * kx);
const project = ([lon, lat]) => [(lon - west) * Math.cos(midLat) * kx, (north - lat) * kx];

const arcPoints = (index) => (index >= 0 ? arcs[index] : [...arcs[~index]].reverse());

function ringOf(arcIndexes) {
  const points = [];
  for (const index of arcIndexes) {
    const pts = arcPoints(index).map(project);
    points.push(...(points.length ? pts.slice(1) : pts));
  }
  return points;
}

/** Relative path with whole units, dropping points that round onto the previous one. */
function pathOf(points) {
  const rounded = points.map(([x, y]) => [Math.round(x), Math.round(y)]);
  const kept = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  if (kept.length > 1 && kept.at(-1)[0] === kept[0][0] && kept.at(-1)[1] === kept[0][1]) kept.pop();
  let d = `M${kept[0][0]} ${kept[0][1]}`;
  let previous = kept[0];
  let command = '';
  for (const p of kept.slice(1)) {
    const dx = p[0] - previous[0];
    const dy = p[1] - previous[1];
    const step = dx === 0 ? `v${dy}` : dy === 0 ? `h${dx}` : `${command === 'l' ? (dx < 0 ? '' : ' ') : 'l'}${dx}${dy < 0 ? '' : ' '}${dy}`;
    command = dx === 0 ? 'v' : dy === 0 ? 'h' : 'l';
    d += step;
    previous = p;
  }
  return `${d}z`;
}

/** The centre of mass of a polygon, where a province's figure is written. */
function centroid(points) {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i];
    const [x1, y1] = points[(i + 1) % points.length];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return [Math.round(cx / (3 * area)), Math.round(cy / (3 * area))];
}

const provinces = topo.objects.provinces.geometries.map((geometry) => {
  if (geometry.type !== 'Polygon') throw new Error(`${geometry.id}: expected a Polygon, found ${geometry.type}`);
  const ring = ringOf(geometry.arcs[0]);
  const [cx, cy] = centroid(ring);
  return { iso: geometry.id, d: pathOf(ring), cx, cy };
});
if (provinces.length !== 28) throw new Error(`expected 28 provinces, found ${provinces.length}`);

const output = { width: WIDTH, height: HEIGHT, provinces };
writeFileSync(target, `${JSON.stringify(output)}\n`);
const bytes = Buffer.byteLength(JSON.stringify(output));
console.log(`${target}: ${provinces.length} provinces, ${WIDTH}×${HEIGHT}, ${bytes} bytes`);
