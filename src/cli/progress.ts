/** A progress bar on stderr, so stdout stays clean JSON. */
export interface ProgressSink {
  write(s: string): void;
  isTTY?: boolean;
}

export function createProgress(total: number, sink: ProgressSink, enabled: boolean) {
  let lastPct = -1;
  return {
    tick(done: number, label: string): void {
      if (!enabled) return;
      const pct = Math.floor((done / total) * 100);
      if (sink.isTTY) {
        const width = 30;
        const fill = Math.round((done / total) * width);
        const name = label.length > 40 ? `…${label.slice(-39)}` : label;
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
