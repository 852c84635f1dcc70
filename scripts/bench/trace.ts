/**
 * Our share of a page's main thread, from a Chromium DevTools trace. Page
 * JavaScript is off in bench:page, so the JavaScript that runs on the page's
 * renderer main thread is the extension's: per task, the outermost JS events
 * (script and module compile and evaluation, function calls, timers, idle
 * callbacks, microtasks) are summed; the work they cause (style, layout, GC)
 * nests inside them and is counted too. The run without the extension gives
 * the floor of this count (Blink's own microtask checkpoints).
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface OurTasks {
  /** Per task that ran JavaScript: its JavaScript time (ms), in trace order. */
  tasks: number[];
  totalMs: number;
  longestMs: number;
  /** Trace timestamp (µs) of the first and last task of ours. */
  firstTs: number;
  lastTs: number;
}

const JS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'v8.callFunction',
  'TimerFire',
  'FireIdleCallback',
  'RunMicrotasks',
  'v8.run',
  'FireAnimationFrame',
]);
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

interface Span {
  ts: number;
  end: number;
  name: string;
}

/** X events and B/E pairs of one thread as spans. */
function spansOf(events: TraceEvent[], keep: (name: string) => boolean): Span[] {
  const out: Span[] = [];
  const open = new Map<string, number[]>();
  for (const e of events) {
    if (!keep(e.name)) continue;
    if (e.ph === 'X') out.push({ ts: e.ts, end: e.ts + (e.dur ?? 0), name: e.name });
    else if (e.ph === 'B') (open.get(e.name) ?? open.set(e.name, []).get(e.name)!).push(e.ts);
    else if (e.ph === 'E') {
      const ts = open.get(e.name)?.pop();
      if (ts !== undefined) out.push({ ts, end: e.ts, name: e.name });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.end - a.end);
}

/** Spans not inside an earlier one (the list is sorted by start, longest first). */
function outermost(spans: Span[]): Span[] {
  const out: Span[] = [];
  let end = -Infinity;
  for (const s of spans) {
    if (s.ts >= end) {
      out.push(s);
      end = s.end;
    }
  }
  return out;
}

/** The renderer main threads (pid:tid) that loaded `url`. */
function pageThreads(events: TraceEvent[], url: string): Set<string> {
  const main = new Set<string>();
  for (const e of events)
    if (
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      (e.args as { name?: string } | undefined)?.name === 'CrRendererMain'
    )
      main.add(`${e.pid}:${e.tid}`);
  const hits = new Set<string>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (!main.has(k) || hits.has(k) || !e.args) continue;
    const data = (e.args.data ?? e.args.beginData) as { url?: string; frames?: unknown } | undefined;
    if (data?.url === url) hits.add(k);
  }
  return hits;
}

export function ourTasks(events: TraceEvent[], url: string): OurTasks {
  const threads = pageThreads(events, url);
  const tasks: number[] = [];
  let firstTs = NaN;
  let lastTs = NaN;
  for (const key of threads) {
    const own = events.filter((e) => `${e.pid}:${e.tid}` === key);
    const taskSpans = outermost(spansOf(own, (n) => TASK.has(n)));
    const js = outermost(spansOf(own, (n) => JS.has(n)));
    let j = 0;
    for (const t of taskSpans) {
      while (j < js.length && js[j].ts < t.ts) j++;
      let us = 0;
      let k = j;
      while (k < js.length && js[k].ts < t.end) us += Math.min(js[k].end, t.end) - js[k++].ts;
      j = k;
      if (us <= 0) continue;
      tasks.push(us / 1000);
      if (!(firstTs <= t.ts)) firstTs = t.ts;
      if (!(lastTs >= t.end)) lastTs = t.end;
    }
  }
  return {
    tasks,
    totalMs: tasks.reduce((a, b) => a + b, 0),
    longestMs: tasks.length ? Math.max(...tasks) : 0,
    firstTs,
    lastTs,
  };
}

/** Categories the count needs (task boundaries, JS events, page URLs). */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'loading',
];
