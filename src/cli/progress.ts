/** A progress bar on stderr, so stdout stays clean JSON. */
import { noControls } from '../shared/plain-text';

export interface ProgressSink {
  write(s: string): void;
  isTTY?: boolean;
}

/** `total` is null when it is not known in advance (WARC input): then a count, every 1,000 pages off a terminal. */
export function createProgress(total: number | null, sink: ProgressSink, enabled: boolean) {
  let lastPct = -1;
  return {
    tick(done: number, label: string): void {
      if (!enabled) return;
      const name = noControls(label.length > 40 ? `…${label.slice(-39)}` : label);
      if (total === null) {
        if (sink.isTTY) sink.write(`\r${done} pages ${name.padEnd(40)}`);
        else if (done % 1000 === 0) sink.write(`progress: ${done} pages\n`);
        return;
      }
      const pct = Math.floor((done / total) * 100);
      if (sink.isTTY) {
        const width = 30;
        const fill = Math.round((done / total) * width);
        sink.write(`\r[${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${done}/${total} ${name.padEnd(40)}`);
      } else if (pct >= lastPct + 10 || done === total) {
        // Not a terminal: a line every 10% instead of carriage-return redraws.
        lastPct = pct;
        sink.write(`progress: ${done}/${total} (${pct}%)\n`);
      }
    },
    done(): void {
      if (enabled && sink.isTTY) sink.write('\n');
    },
  };
}
