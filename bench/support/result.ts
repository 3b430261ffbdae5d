/** Shared helpers for benchmarks: timing, progress on stderr, tables and the final RESULT line. */

export interface Measurement {
  name: string;
  /** Events (or operations) done in the timed part. */
  count: number;
  ms: number;
  note?: string;
}

export const perSecond = (m: Measurement): number => (m.ms > 0 ? (m.count * 1000) / m.ms : 0);

export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** A progress callback that prints at most every `everyMs` milliseconds. */
export function throttledProgress(label: string, total: number, everyMs = 2000): (done: number) => void {
  let last = Date.now();
  return (done) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    progress(`  ${label}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
  };
}

export async function measure(name: string, count: number, run: () => Promise<void> | void, note?: string): Promise<Measurement> {
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const m: Measurement = { name, count, ms, note };
  progress(`${name}: ${fmt(perSecond(m))} events/s (${count.toLocaleString('en-US')} in ${(ms / 1000).toFixed(2)} s)`);
  return m;
}

export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export const ratio = (a: number, b: number): number => (b > 0 ? a / b : Number.NaN);

/** Left-aligned first column, right-aligned others. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The machine-readable last line: `RESULT {"figure": rounded number, ...}`. */
export function printResult(figures: Record<string, number>): void {
  const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number.isFinite(v) ? Math.round(v) : null]));
  process.stdout.write(`RESULT ${JSON.stringify(rounded)}\n`);
}
