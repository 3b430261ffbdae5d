import { fmt, perSecond, ratio, table, type Measurement } from '../support/result';

export const FIGURES = [
  'appendConcurrent1',
  'appendBatch100',
  'readAll',
  'bareCommitPerRow',
  'bareBatch100',
  'peerAppendConcurrent1',
  'peerAppendBatch100',
  'peerReadAll',
] as const;
export type Figure = (typeof FIGURES)[number];

/** The aims of the SQLite adapter (checked and reported, never enforced), and one ratio for information. */
const AIMS: { label: string; value: (f: Record<Figure, number>) => number; min?: number; unit: string }[] = [
  { label: 'appendConcurrent1', value: (f) => f.appendConcurrent1, min: 20_000, unit: '/s' },
  { label: 'appendConcurrent1 / bareCommitPerRow', value: (f) => ratio(f.appendConcurrent1, f.bareCommitPerRow), min: 4, unit: 'x' },
  { label: 'appendBatch100', value: (f) => f.appendBatch100, min: 40_000, unit: '/s' },
  { label: 'readAll', value: (f) => f.readAll, min: 300_000, unit: '/s' },
  { label: 'appendBatch100 / bareBatch100 (info)', value: (f) => ratio(f.appendBatch100, f.bareBatch100), unit: 'x' },
  {
    label: 'appendConcurrent1 / peerAppendConcurrent1',
    value: (f) => ratio(f.appendConcurrent1, f.peerAppendConcurrent1),
    min: 1,
    unit: 'x',
  },
  { label: 'appendBatch100 / peerAppendBatch100', value: (f) => ratio(f.appendBatch100, f.peerAppendBatch100), min: 1, unit: 'x' },
  { label: 'readAll / peerReadAll', value: (f) => ratio(f.readAll, f.peerReadAll), min: 1, unit: 'x' },
];

const show = (v: number, unit: string) => (unit === 'x' ? `${v.toFixed(2)}x` : `${fmt(v)}/s`);

export function figuresOf(ms: Record<Figure, Measurement>): Record<Figure, number> {
  return Object.fromEntries(FIGURES.map((k) => [k, perSecond(ms[k])])) as Record<Figure, number>;
}

export function report(ms: Record<Figure, Measurement>): string {
  const f = figuresOf(ms);
  const figures = table(
    ['figure', 'events', 'seconds', 'events/s', 'note'],
    FIGURES.map((k) => [k, fmt(ms[k].count), (ms[k].ms / 1000).toFixed(2), fmt(f[k]), ms[k].note ?? '']),
  );
  const aims = table(
    ['ratio / aim', 'value', 'aim', 'status'],
    AIMS.map((a) => {
      const v = a.value(f);
      if (a.min === undefined) return [a.label, show(v, a.unit), '', ''];
      return [a.label, show(v, a.unit), `>= ${show(a.min, a.unit)}`, v >= a.min ? 'ok' : 'MISSED'];
    }),
  );
  return `${figures}\n\n${aims}\n`;
}
