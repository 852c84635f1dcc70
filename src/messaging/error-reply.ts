/**
 * Replies that failed carry an error instead of the payload's reply. Kept apart
 * from protocol.ts so senders (popup, content script) don't pull in the schemas.
 */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(x: unknown): x is ErrorReply {
  return !!x && typeof x === 'object' && typeof (x as ErrorReply).error === 'string';
}
