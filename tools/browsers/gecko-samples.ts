/**
 * Firefox has no DevTools trace of tasks; its own profiler samples each
 * thread's stack every millisecond. This reads one thread of a profile in the
 * raw format `Services.profiler.getProfileDataAsync()` returns (tables of rows
 * with a column schema, strings in a string table) and counts the samples
 * whose stack holds a frame of ours (a location containing `marker`, e.g. the
 * extension's moz-extension:// base): the main-thread time they stand for,
 * and runs of consecutive such samples, the nearest thing to our tasks a
 * sampler gives (two tasks of ours back to back make one run).
 */

export interface GeckoTable {
  schema: Record<string, number>;
  data: unknown[][];
}

export interface GeckoThread {
  samples: GeckoTable;
  stackTable: GeckoTable;
  frameTable: GeckoTable;
  stringTable: string[];
}

export interface OurSamples {
  /** Samples taken in the thread, and how many of them were in our code. */
  samples: number;
  ours: number;
  /** Wall time our samples stand for: each lasts until the next sample (capped, the last one an interval). */
  totalMs: number;
  /** The same per run of consecutive samples in our code. */
  runs: number[];
  /** The thread's CPU time in our samples' spans, when the profile has the threadCPUDelta column in ns or µs. */
  cpuMs: number | null;
}

/** A gap between two samples longer than this many intervals is the sampler falling behind, not our work. */
const MAX_GAP_INTERVALS = 4;

const CPU_UNIT_MS: Record<string, number> = { ns: 1e-6, 'µs': 1e-3, us: 1e-3 };

/** Which stack rows hold a frame whose location contains `marker` (there or in a caller). */
function ourStacks(thread: GeckoThread, marker: string): boolean[] {
  const { stackTable: st, frameTable: ft, stringTable: strings } = thread;
  const ourFrame = ft.data.map((f) => String(strings[f[ft.schema.location] as number] ?? '').includes(marker));
  const memo: Array<boolean | undefined> = new Array(st.data.length);
  const isOurs = (i: number): boolean => {
    // Walk up to a known row, then fill in the way back (no recursion: stacks can be thousands deep).
    const path: number[] = [];
    let j: number | null = i;
    let found = false;
    while (j !== null && j !== undefined && memo[j] === undefined) {
      path.push(j);
      const row: unknown[] = st.data[j];
      if (ourFrame[row[st.schema.frame] as number]) {
        found = true;
        break;
      }
      j = row[st.schema.prefix] as number | null;
    }
    if (!found && j !== null && j !== undefined) found = memo[j] === true;
    for (const k of path) memo[k] = found;
    return found;
  };
  return st.data.map((_, i) => isOurs(i));
}

export function ourSamples(thread: GeckoThread, marker: string, intervalMs: number, cpuUnit?: string): OurSamples {
  const { samples } = thread;
  const ours = ourStacks(thread, marker);
  const stackCol = samples.schema.stack;
  const timeCol = samples.schema.time;
  const cpuCol = samples.schema.threadCPUDelta;
  const cpuToMs = cpuUnit !== undefined && cpuCol !== undefined ? CPU_UNIT_MS[cpuUnit] : undefined;
  const rows = samples.data;
  const runs: number[] = [];
  let run = 0;
  let totalMs = 0;
  let cpu = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const stack = rows[i][stackCol] as number | null;
    const mine = stack !== null && stack !== undefined && ours[stack] === true;
    if (!mine) {
      if (run > 0) runs.push(run);
      run = 0;
      continue;
    }
    const next = rows[i + 1]?.[timeCol] as number | undefined;
    const ms = next === undefined ? intervalMs : Math.min(next - (rows[i][timeCol] as number), MAX_GAP_INTERVALS * intervalMs);
    count++;
    totalMs += ms;
    run += ms;
    // A sample's threadCPUDelta is the CPU since the sample before: this one's share is the next row's.
    if (cpuToMs !== undefined) cpu += Number((rows[i + 1] ?? rows[i])[cpuCol] ?? 0) * cpuToMs;
  }
  if (run > 0) runs.push(run);
  return { samples: rows.length, ours: count, totalMs, runs, cpuMs: cpuToMs === undefined ? null : cpu };
}
