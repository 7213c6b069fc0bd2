/** Small HTTP helpers of the fake server: reading bodies, writing answers, error bodies. */
import type * as http from 'node:http';

export const MAX_BODY_BYTES = 1_000_000;

/** An answer before it is written. `text` + `contentType` send a raw body instead of JSON. */
export interface Reply {
  status: number;
  body?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export class BodyTooLarge extends Error {}

export function readBody(req: http.IncomingMessage, max = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new BodyTooLarge(`body over ${max} bytes`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form 1 of the contract's error bodies. */
export function errorReply(status: number, message: string, code: string, suggestion?: string,
  details?: Record<string, unknown>): Reply {
  const error: Record<string, unknown> = { message };
  if (suggestion !== undefined) error.suggestion = suggestion;
  error.code = code;
  if (details !== undefined) error.details = details;
  return { status, body: { success: false, error } };
}

/** Merges header maps case-insensitively; later maps win (and set the spelling). */
export function mergeHeaders(...maps: (Record<string, string> | undefined)[]): Record<string, string> {
  const byLower = new Map<string, [string, string]>();
  for (const m of maps) {
    if (!m) continue;
    for (const [k, v] of Object.entries(m)) byLower.set(k.toLowerCase(), [k, v]);
  }
  return Object.fromEntries(byLower.values());
}

/** Writes the reply unless the client is already gone. Returns the status answered. */
export function writeReply(res: http.ServerResponse, reply: Reply, extraHeaders?: Record<string, string>): number {
  let text = '';
  let contentType: string | undefined;
  if (reply.text !== undefined) {
    text = reply.text;
    contentType = reply.contentType ?? 'text/plain; charset=utf-8';
  } else if (reply.body !== undefined) {
    text = JSON.stringify(reply.body);
    contentType = 'application/json; charset=utf-8';
  }
  const base: Record<string, string> = { 'Content-Length': String(Buffer.byteLength(text)) };
  if (contentType !== undefined) base['Content-Type'] = contentType;
  if (!res.destroyed && !res.writableEnded) {
    res.writeHead(reply.status, mergeHeaders(base, reply.headers, extraHeaders));
    res.end(text);
  }
  return reply.status;
}

/** JSON when the string parses as JSON, otherwise plain text. */
export function rawReply(status: number, body: string): Reply {
  try {
    JSON.parse(body);
    return { status, text: body, contentType: 'application/json; charset=utf-8' };
  } catch {
    return { status, text: body, contentType: 'text/plain; charset=utf-8' };
  }
}
