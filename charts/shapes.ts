import type { Actor } from '../data'

/** An SVG path for a marker of the given shape, centred on 0,0, about 2r across. */
export function shapePath(shape: Actor['shape'], r: number): string {
  const f = (n: number) => Number(n.toFixed(2))
  const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`
  const ring = (n: number, rot: number, radius = (_: number) => r) =>
    Array.from({ length: n }, (_, i): [number, number] => {
      const a = rot + (i * 2 * Math.PI) / n
      return [radius(i) * Math.cos(a), radius(i) * Math.sin(a)]
    })
  switch (shape) {
    case 'circle': return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`
    case 'square': return poly([[-r * 0.85, -r * 0.85], [r * 0.85, -r * 0.85], [r * 0.85, r * 0.85], [-r * 0.85, r * 0.85]])
    case 'diamond': return poly([[0, -r], [r, 0], [0, r], [-r, 0]])
    case 'triangle': return poly(ring(3, -Math.PI / 2, () => r * 1.1).map(([x, y]) => [x, y + r * 0.15]))
    case 'hexagon': return poly(ring(6, 0))
    case 'star': return poly(ring(10, -Math.PI / 2, i => (i % 2 ? r * 0.45 : r * 1.1)))
    // A wide bar: a shape with no religious or medical meaning that no other actor uses (STYLE.md); never a cross.
    case 'bar': return poly([[-r * 1.1, -r * 0.5], [r * 1.1, -r * 0.5], [r * 1.1, r * 0.5], [-r * 1.1, r * 0.5]])
  }
}
