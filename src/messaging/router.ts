import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import type { ErrorReply, Origin, ReplyOf, Registry } from './protocol';

export type Handlers<R extends Registry> = {
  [K in keyof R]: (
    payload: v.InferOutput<R[K]['payload']>,
    sender: Runtime.MessageSender,
  ) => Promise<ReplyOf<R, K>> | ReplyOf<R, K>;
};

export interface RouterEnv {
  /** Our own extension id (runtime.id). */
  extensionId: string;
  /** Our own extension origin, e.g. "chrome-extension://abc/". */
  extensionOrigin: string;
}

/** Who sent this, as far as the browser vouches for it. Null = not us: ignore. */
export function originOf(sender: Runtime.MessageSender, env: RouterEnv): Origin | null {
  if (sender.id !== env.extensionId) return null; // another extension
  // Our pages may sit in a tab too (options, a popup opened as a tab): the URL, set by the browser, decides.
  if (typeof sender.url === 'string' && sender.url.startsWith(env.extensionOrigin)) return 'extension';
  if (sender.tab) return 'content';
  return null;
}

/**
 * Builds the one runtime.onMessage listener for a context. Unknown names and
 * foreign senders get no answer at all (returning undefined lets other
 * listeners, if any, reply); malformed payloads get an error reply.
 */
export function createRouter<R extends Registry>(registry: R, handlers: Handlers<R>, env: RouterEnv) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(registry, type)) return undefined;
    const entry = registry[type];
    const origin = originOf(sender, env);
    if (origin === null || origin !== entry.from) return undefined;
    const parsed = v.safeParse(entry.payload, payload);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue.path?.map((p) => String(p.key)).join('.') || 'payload';
      return Promise.resolve<ErrorReply>({ error: `invalid ${type}: ${where}: ${issue.message}` });
    }
    const handler = handlers[type as keyof R];
    return Promise.resolve()
      .then(() => handler(parsed.output as never, sender))
      .catch((err: unknown): ErrorReply => ({ error: err instanceof Error ? err.message : String(err) }));
  };
}
