/**
 * A progress bar for long operator commands: redrawn in place on a terminal, one line a
 * second otherwise (logs, CI). Shows done/total, rate and the time left.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastLine = 0;

  constructor(
    private readonly label: string,
    private readonly write: (text: string) => void,
    private readonly tty: boolean,
    private readonly unit = 'events',
  ) {}

  update(done: number, total: number, extra = ''): void {
    const now = Date.now();
    if (!this.tty && now - this.lastLine < 1000 && done < total) return;
    this.lastLine = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = done / seconds;
    const fraction = total > 0 ? Math.min(done / total, 1) : 1;
    const eta = rate > 0 && total > done ? (total - done) / rate : 0;
    const width = 28;
    const filled = Math.round(fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line =
      `${this.label} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${format(done)}/${format(total)} ${this.unit}` +
      ` ${format(Math.round(rate))}/s ETA ${eta.toFixed(0)}s${extra ? ` ${extra}` : ''}`;
    this.write(this.tty ? `\r${line}\x1b[K` : `${line}\n`);
  }

  finish(summary: string): void {
    this.write(`${this.tty ? '\r\x1b[K' : ''}${this.label} ${summary}\n`);
  }
}

const format = (n: number) => n.toLocaleString('en-US');
