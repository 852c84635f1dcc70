/**
 * What bench:page reads from Firefox's parent process (WebDriver BiDi's chrome
 * scope, open with --remote-allow-system-access): which content process shows
 * a tab (ChromeUtils.requestProcInfo), the profiler's samples of that
 * process's main thread, and about:memory's reports for it. The functions
 * below are serialized and run there, so each is self-contained; each returns
 * JSON text.
 */
import type { Browser } from 'puppeteer-core';
import type { GeckoThread } from '../../tools/browsers/gecko-samples';

interface Bidi {
  send: (method: string, params: object) => Promise<{ result: any }>;
}

export interface ProcessMemory {
  /** about:memory's js-main-runtime total of the process: every JS realm in it, ours included. */
  jsBytes: number;
  /** The process's resident unique memory. */
  ussBytes: number;
  /** The realm of our content script (its objects, scripts and code; strings and shapes are the zone's, left out). */
  ourRealmBytes: number;
}

export interface SampledThread {
  thread: GeckoThread;
  intervalMs: number;
  cpuUnit?: string;
}

/** Samples every thread named GeckoMain (each process's main thread) every millisecond, JS frames included. */
function startProfiler(): string {
  (globalThis as any).Services.profiler.StartProfiler(1 << 22, 1, ['js', 'cpu'], ['GeckoMain']);
  return 'true';
}

function stopProfiler(): string {
  (globalThis as any).Services.profiler.StopProfiler();
  return 'true';
}

/** The content process whose window shows `url` (else one showing its host). */
async function pidShowing(url: string): Promise<string> {
  const info = await (globalThis as any).ChromeUtils.requestProcInfo();
  const uris = (c: any): string[] => c.windows.map((w: any) => String(w.documentURI?.spec ?? ''));
  const host = new URL(url).host;
  const exact = info.children.find((c: any) => uris(c).includes(url));
  const sameHost = info.children.find(
    (c: any) => c.type !== 'extension' && uris(c).some((u: string) => u.includes(`//${host}/`)),
  );
  return JSON.stringify((exact ?? sameHost)?.pid ?? null);
}

/** Stops the profiler and returns the main thread of process `pid`, with the sampling interval and CPU unit. */
async function mainThreadOf(pid: number): Promise<string> {
  const profiler = (globalThis as any).Services.profiler;
  const p = await profiler.getProfileDataAsync();
  profiler.StopProfiler();
  for (const sub of p.processes ?? []) {
    for (const t of sub.threads ?? []) {
      if (String(t.pid) !== String(pid) || t.name !== 'GeckoMain') continue;
      const thread = {
        samples: t.samples,
        stackTable: t.stackTable,
        frameTable: t.frameTable,
        stringTable: t.stringTable,
        markers: t.markers,
      };
      return JSON.stringify({
        thread,
        intervalMs: sub.meta?.interval ?? 1,
        cpuUnit: sub.meta?.sampleUnits?.threadCPUDelta,
      });
    }
  }
  return 'null';
}

/** about:memory's figures for process `pid`, after a GC, CC and memory-pressure pass in every process; `uuid` names our realm. */
function memoryOf(pid: number, uuid: string): Promise<string> {
  const g = globalThis as any;
  const manager = g.Cc['@mozilla.org/memory-reporter-manager;1'].getService(g.Ci.nsIMemoryReporterManager);
  const tag = `(pid ${pid})`;
  let jsBytes = 0;
  let ussBytes = NaN;
  let ourRealmBytes = 0;
  return new Promise((ok) => {
    const onReport = (proc: string, path: string, _kind: number, _units: number, amount: number) => {
      if (!proc.includes(tag)) return;
      if (path.startsWith('js-main-runtime/')) jsBytes += amount;
      else if (path === 'resident-unique') ussBytes = amount;
      // Realm names spell a URL's slashes as backslashes: the UUID alone is safe to look for.
      if (path.startsWith('explicit/') && path.includes('Content Script') && path.includes(uuid))
        ourRealmBytes += amount;
    };
    // (handleReport, data, finishReporting, finishData, anonymize, minimize, DMD ident)
    manager.getReportsExtended(
      onReport,
      null,
      () => ok(JSON.stringify({ jsBytes, ussBytes, ourRealmBytes })),
      null,
      false,
      true,
      '',
    );
  });
}

/** Calls for one browser, through its own BiDi connection. */
export async function privileged(browser: Browser) {
  const conn = (browser as unknown as { connection: Bidi }).connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context: string | undefined = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('no chrome-scope context: Firefox needs --remote-allow-system-access');
  const call = async <T>(
    fn: (...args: never[]) => string | Promise<string>,
    ...args: Array<string | number>
  ): Promise<T> => {
    const { result } = await conn.send('script.callFunction', {
      // tsx may wrap named inner functions in esbuild's __name(): give the serialized copy one.
      functionDeclaration: `function (...a) { const __name = (f) => f; return (${fn.toString()})(...a); }`,
      arguments: args.map((a) => (typeof a === 'number' ? { type: 'number', value: a } : { type: 'string', value: a })),
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type !== 'success')
      throw new Error(`privileged ${fn.name}: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
    return JSON.parse(result.result.value as string) as T;
  };
  return {
    startProfiler: () => call<boolean>(startProfiler),
    stopProfiler: () => call<boolean>(stopProfiler),
    pidShowing: (url: string) => call<number | null>(pidShowing, url),
    mainThreadOf: (pid: number) => call<SampledThread | null>(mainThreadOf, pid),
    memoryOf: (pid: number, uuid = '') => call<ProcessMemory>(memoryOf, pid, uuid),
  };
}
