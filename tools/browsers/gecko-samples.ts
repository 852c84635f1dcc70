/**
 * Firefox has no DevTools trace of tasks; its own profiler samples each
 * thread's stack every millisecond. This reads one thread of a profile in the
 * raw format `Services.profiler.getProfileDataAsync()` returns (tables of rows
 * with a column schema, strings in a string table) and counts the samples
 * whose stack holds a frame of ours (a location containing `marker`, e.g. the
 * extension's moz-extension:// base): the main-thread time they stand for,
 * and runs of consecutive such samples, the nearest thing to our tasks a
 * sampler gives (two tasks of ours back to back make one run). Gecko marks
 * every main-thread task over 50 ms (a LongTask marker): one holding a sample
 * of ours is a long task of ours with its exact length, and replaces the runs
 * inside it.
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
  markers?: GeckoTable;
}

export interface OurSamples {
  /** Samples taken in the thread, and how many of them were in our code. */
  samples: number;
  ours: number;
  /** Wall time our samples stand for: each lasts until the next sample (capped, the last one an interval). */
  totalMs: number;
  /** The same per run of consecutive samples in our code, outside Gecko's long tasks. */
  runs: number[];
  /** Gecko's long tasks (over 50 ms, exact) that hold a sample of ours. */
  longTasks: number[];
  /** Our tasks as well as a sampler tells: each long task of ours, then the runs outside them. */
  tasks: number[];
  /** The thread's CPU time in our samples' spans, when the profile has the threadCPUDelta column in ns or µs. */
  cpuMs: number | null;
}

/** A gap between two samples longer than this many intervals is the sampler falling behind, not our work. */
const MAX_GAP_INTERVALS = 4;

const CPU_UNIT_MS: Record<string, number> = { ns: 1e-6, µs: 1e-3, us: 1e-3 };

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
  const long = longTaskSpans(thread);
  const stackCol = samples.schema.stack;
  const timeCol = samples.schema.time;
  const cpuCol = samples.schema.threadCPUDelta;
  const cpuToMs = cpuUnit !== undefined && cpuCol !== undefined ? CPU_UNIT_MS[cpuUnit] : undefined;
  const rows = samples.data;
  const runs: number[] = [];
  const ourLong = new Set<number>();
  let run = 0;
  let totalMs = 0;
  let cpu = 0;
  let count = 0;
  const endRun = () => {
    if (run > 0) runs.push(run);
    run = 0;
  };
  for (let i = 0; i < rows.length; i++) {
    const stack = rows[i][stackCol] as number | null;
    if (stack === null || stack === undefined || ours[stack] !== true) {
      endRun();
      continue;
    }
    const t = rows[i][timeCol] as number;
    const next = rows[i + 1]?.[timeCol] as number | undefined;
    const ms = next === undefined ? intervalMs : Math.min(next - t, MAX_GAP_INTERVALS * intervalMs);
    count++;
    totalMs += ms;
    // A sample's threadCPUDelta is the CPU since the sample before: this one's share is the next row's.
    if (cpuToMs !== undefined) cpu += Number((rows[i + 1] ?? rows[i])[cpuCol] ?? 0) * cpuToMs;
    const k = long.findIndex(([a, b]) => t >= a && t <= b);
    if (k >= 0) {
      ourLong.add(k);
      endRun();
    } else run += ms;
  }
  endRun();
  const longTasks = [...ourLong].sort((a, b) => a - b).map((k) => long[k][1] - long[k][0]);
  return {
    samples: rows.length,
    ours: count,
    totalMs,
    runs,
    longTasks,
    tasks: [...longTasks, ...runs],
    cpuMs: cpuToMs === undefined ? null : cpu,
  };
}

/** [start, end] of the thread's LongTask markers (main-thread tasks over 50 ms), in sample time. */
function longTaskSpans(thread: GeckoThread): Array<[number, number]> {
  const m = thread.markers;
  if (!m) return [];
  return m.data
    .filter((row) => (row[m.schema.data] as { type?: string } | null)?.type === 'MainThreadLongTask')
    .map((row) => [row[m.schema.startTime] as number, row[m.schema.endTime] as number] as [number, number])
    .filter(([a, b]) => b > a);
}
