import type { ContentMessages, PageStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import type { SourceReport } from '../core/types';

export interface PageContext {
  current: () => SourceReport | null;
  runFull: () => Promise<SourceReport>;
  status: () => PageStatus;
}

/** Requests from the popup about this page. */
export function createPageHandlers(ctx: PageContext): Handlers<ContentMessages> {
  return {
    'page:status': () => ctx.status(),
    'page:analyze': async () => {
      const existing = ctx.current();
      if (existing && existing.status !== 'detection-only') return { status: 'ready', report: existing };
      // The background stores the report as it answers.
      const report = await ctx.runFull();
      return { status: 'ready', report };
    },
    'page:reveal': async ({ kind, id }) => {
      const report = ctx.current();
      if (!report) return { found: false };
      const { reveal } = await import('./reveal');
      return { found: reveal(report, kind, id) };
    },
  };
}
