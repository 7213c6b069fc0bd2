// The AgentHuman HTTP client over node-fetch. No `vscode` import here: it is tested in
// plain Node against the fake server, and the extension wires it to settings and
// SecretStorage.
import fetch, { type Headers, type Response } from 'node-fetch';
import * as z from 'zod/mini';
import { inertText } from '../text/inertText';
import { t } from '../text/translate';
import { parseApiBaseUrl } from './baseUrl';
import { AgentHumanError, type AgentHumanErrorKind, isAgentHumanError, kindForStatus, readErrorBody } from './errors';
import { parseRetryAfter, RateLimiter, type RateLimitSnapshot } from './rateLimit';
import { QueueCancelled, QueueWaitTooLong, RequestQueue, type QueueState } from './requestQueue';
import {
  type Agent,
  CreateLinkRequestSchema,
  type CreateLinkRequest,
  describeIssues,
  LINK_ID_PATTERN,
  type Link,
  LinkResponseSchema,
  type LinkStatusFilter,
  ListAgentsResponseSchema,
  ListLinksResponseSchema,
  UpdateLinkRequestSchema,
  type UpdateLinkRequest,
} from './schemas';

export type { QueueState };

export interface RequestLogEntry {
  method: string;
  path: string;
  /** HTTP status, or undefined when no answer came. */
  status?: number;
  durationMs: number;
  attempt: number;
  error?: AgentHumanErrorKind;
}

export interface AgentHumanClientOptions {
  /** The API base URL, or a function read before every request (a setting). */
  baseUrl: string | (() => string);
  /** The API key, read before every request (SecretStorage). */
  apiKey: () => string | undefined | Promise<string | undefined>;
  /** e.g. `agenthuman-links-vscode/0.1.0`. */
  userAgent: string;
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  /** Retries of a GET (and of any request that surely did not reach the server); default 2. */
  maxRetries?: number;
  /** First backoff delay; doubled each retry, plus jitter; default 300 ms. */
  retryBaseDelayMs?: number;
  /** A 429 or 503 asking for a longer wait than this fails at once instead; default 5 s. */
  maxRetryWaitMs?: number;
  /**
   * The largest answer body read, in bytes (after decompression); a larger one is abandoned
   * as soon as it passes this, and the request fails as 'badResponse'. Default 16 MB.
   */
  maxResponseBytes?: number;
  /**
   * A request waits in the client's queue until the rate-limit budget lets it go; one that
   * would wait longer than this for it is refused at once ('rateLimited', with retryAt).
   * Default 70 s: a window of a minute, and a little more.
   */
  maxQueueWaitMs?: number;
  /** Called when the number of requests waiting for the rate limit, or the next send time, changes. */
  onQueueChange?: (state: QueueState) => void;
  /** Called once per attempt, for the log. Never carries the key. */
  onRequest?: (entry: RequestLogEntry) => void;
  now?: () => number;
  /** Waits `ms` (or until `signal` aborts); injectable with `now` so that tests need no real waits. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface AgentsResult {
  agents: Agent[];
  /** False when the (unconfirmed) list-agents endpoint is missing or answers an unexpected shape. */
  available: boolean;
  reason?: string;
}

interface Call<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  schema?: z.ZodMiniType<T>;
  signal?: AbortSignal;
}

/** An HTTP answer, read in full within the timeout. */
interface Answer {
  status: number;
  ok: boolean;
  headers: Headers;
  text: string;
}

/**
 * The default cap on an answer's body. The largest answer expected is the whole list of
 * links (no pagination): 5,000 links measured 1.5 MB as JSON (test/bench/links.ts
 * `generateLinks(5000)` as `{success: true, links}`), 2.5 MB with full agent objects.
 * 16 MB is several times that, and bounds what a broken or hostile server can make the
 * extension hold in memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Errors from the socket layer that prove the request never left this machine. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** What the extension calls: the endpoints, without the transport. */
export type AgentHumanApi = Pick<AgentHumanClient, 'listLinks' | 'getLink' | 'createLink' | 'updateLink' | 'deleteLink' | 'listAgents'>;

export class AgentHumanClient {
  private readonly limiter: RateLimiter;
  private readonly requests: RequestQueue;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(private readonly options: AgentHumanClientOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? delay;
    this.limiter = new RateLimiter(this.now);
    this.requests = new RequestQueue(this.limiter, { now: this.now, sleep: this.sleep }, options.onQueueChange);
  }

  /** Requests waiting for the rate limit, and when the next goes. */
  get queue(): QueueState {
    return this.requests.state;
  }

  /** What the last answer said about the rate-limit budget. */
  get rateLimit(): RateLimitSnapshot {
    return this.limiter.state;
  }

  async listLinks(status: LinkStatusFilter = 'all', options: RequestOptions = {}): Promise<Link[]> {
    const query = status === 'all' ? undefined : { status };
    const answer = await this.request({ method: 'GET', path: '/v1/links', query, schema: ListLinksResponseSchema, ...options });
    return answer.links;
  }

  async getLink(linkId: string, options: RequestOptions = {}): Promise<Link> {
    const answer = await this.request({ method: 'GET', path: linkPath(linkId), schema: LinkResponseSchema, ...options });
    return answer.link;
  }

  async createLink(input: CreateLinkRequest, options: RequestOptions = {}): Promise<Link> {
    const body = validateBody(CreateLinkRequestSchema, dropUndefined(input), (issues) => t('The link is not valid: {0}.', issues));
    const answer = await this.request({ method: 'POST', path: '/v1/links', body, schema: LinkResponseSchema, ...options });
    return answer.link;
  }

  /** Sends only the fields given; `null` clears name, expiry or use limit. */
  async updateLink(linkId: string, changes: UpdateLinkRequest, options: RequestOptions = {}): Promise<Link> {
    const path = linkPath(linkId);
    const fields = dropUndefined(changes);
    if (Object.keys(fields).length === 0) {
      throw new AgentHumanError('invalidInput', t('Nothing to update: no field was changed.'), { method: 'PUT', path });
    }
    const body = validateBody(UpdateLinkRequestSchema, fields, (issues) => t('The update is not valid: {0}.', issues));
    const answer = await this.request({ method: 'PUT', path, body, schema: LinkResponseSchema, ...options });
    return answer.link;
  }

  async deleteLink(linkId: string, options: RequestOptions = {}): Promise<void> {
    await this.request({ method: 'DELETE', path: linkPath(linkId), ...options });
  }

  /**
   * The list-agents endpoint is unconfirmed: a 404 (or 405/501) or an unexpected shape
   * degrades to `available: false`; authentication, rate-limit and network errors are
   * thrown as usual.
   */
  async listAgents(options: RequestOptions = {}): Promise<AgentsResult> {
    try {
      const answer = await this.request({ method: 'GET', path: '/v1/agents', schema: ListAgentsResponseSchema, ...options });
      return { agents: answer.agents, available: true };
    } catch (error) {
      if (isAgentHumanError(error)) {
        const missing = error.kind === 'notFound' || error.status === 405 || error.status === 501;
        if (missing || error.kind === 'badResponse') {
          return { agents: [], available: false, reason: error.message };
        }
      }
      throw error;
    }
  }

  // ---- transport ------------------------------------------------------------------

  private async request<T = unknown>(call: Call<T>): Promise<T> {
    const { method, path } = call;
    // A bad base URL or key is refused before the request is queued, and read again when it
    // is sent after a wait: it goes with the configuration of that moment.
    let { url, key } = await this.target(call);
    const maxRetries = this.options.maxRetries ?? 2;
    const maxQueueWaitMs = this.options.maxQueueWaitMs ?? 70_000;
    const maxRetryWaitMs = this.options.maxRetryWaitMs ?? 5000;
    const redact = (text: string) => text.split(key).join('***');
    // Every string from the network (body fields and headers alike) passes this before it
    // goes into an error: inert for notifications, capped, and without the key.
    const neutral = (text: string) => inertText(text, { redact: [key] });

    const order = this.requests.order();
    let after429 = false;
    for (let attempt = 0; ; attempt++) {
      let waited: boolean;
      try {
        // A retry after a 429 may wait as long as it was decided to wait for it.
        const maxWaitMs = after429 ? Math.max(maxQueueWaitMs, maxRetryWaitMs) : maxQueueWaitMs;
        waited = await this.requests.acquire({ order, maxWaitMs, signal: call.signal });
      } catch (cause) {
        throw this.queueError(cause, call);
      }
      // From here the request counts as sent: every way out settles it once.
      const started = this.now();
      const log = (status: number | undefined, error?: AgentHumanErrorKind) =>
        this.options.onRequest?.({ method, path, status, durationMs: this.now() - started, attempt, error });

      let response: Answer;
      try {
        if (waited) ({ url, key } = await this.target(call));
      } catch (error) {
        this.requests.settled();
        throw error;
      }
      try {
        response = await this.send(url, method, key, call);
      } catch (cause) {
        this.requests.settled();
        const error = this.transportError(cause, call, neutral);
        log(error.status, error.kind);
        // Only a connection failure is retried: not a timeout, nor an answer too large.
        const canRetry = attempt < maxRetries && (method === 'GET' || !error.mayHaveReachedServer) && error.kind === 'network';
        if (canRetry && !call.signal?.aborted) {
          await this.sleep(this.backoff(attempt), call.signal);
          continue;
        }
        throw error;
      }

      const retryAt = this.requests.settled(response.headers, response.status === 429);
      // A write the server answered with a redirect or an unreadable success may well have been
      // made (a 303 after a create, a proxy mangling the body): its outcome is unknown, so it
      // must be checked, never sent again blind.
      const madeMaybe = method !== 'GET';
      if (response.status >= 300 && response.status < 400) {
        log(response.status, 'badResponse');
        const location = neutral(response.headers.get('location') ?? '');
        const message = location
          ? t('The API answered with a redirect (HTTP {0}) to {1}; it was not followed, so the API key was not sent there.', response.status, location)
          : t('The API answered with a redirect (HTTP {0}) to another address; it was not followed, so the API key was not sent there.', response.status);
        throw new AgentHumanError('badResponse', message, {
          method, path, status: response.status, mayHaveReachedServer: madeMaybe,
        });
      }

      const { text } = response;
      const json = parseJson(text);

      if (response.ok) {
        if (!call.schema) {
          log(response.status);
          return undefined as T;
        }
        if (json === undefined) {
          log(response.status, 'badResponse');
          throw new AgentHumanError('badResponse', t('The API answered {0} {1} with {2} instead of JSON.', method, path, describeNonJson(response, text, neutral)), {
            method, path, status: response.status, mayHaveReachedServer: madeMaybe,
          });
        }
        const parsed = z.safeParse(call.schema, json);
        if (!parsed.success) {
          log(response.status, 'badResponse');
          throw new AgentHumanError('badResponse', t("The API's answer to {0} {1} was not in the expected form: {2}.", method, path, redact(describeIssues(parsed.error))), {
            method, path, status: response.status, mayHaveReachedServer: madeMaybe,
          });
        }
        log(response.status);
        return parsed.data;
      }

      const server = readErrorBody(json);
      const kind = kindForStatus(response.status);
      log(response.status, kind);
      let waitMs: number | undefined;
      if (retryAt) {
        waitMs = retryAt.getTime() - this.now();
      } else if (response.status === 503 && method === 'GET') {
        // A 503's Retry-After paces this retry only; it is not the rate limit, so it must
        // not make every other request fail as 'rateLimited' (nor, unparsable, for 60 s).
        // Never sooner than the backoff, whatever it says.
        const after = parseRetryAfter(response.headers.get('retry-after'), this.now());
        waitMs = Math.max(after ? after.getTime() - this.now() : 0, this.backoff(attempt));
      }
      // A 429 was not processed, so even a POST may go again: it waits in the queue, ahead
      // of later requests, until the time said (at least 1 s: see RateLimiter.limited).
      // A 503 only for GET.
      if (waitMs !== undefined && attempt < maxRetries && waitMs <= maxRetryWaitMs) {
        after429 = retryAt !== undefined;
        if (!after429) await this.sleep(waitMs, call.signal);
        continue;
      }
      const serverMessage = server.message ? neutral(server.message) || undefined : undefined;
      const message = serverMessage
        ? t('{0} {1} failed with HTTP {2}: {3}', method, path, response.status, serverMessage)
        : json === undefined && text
          ? t('{0} {1} failed with HTTP {2} ({3})', method, path, response.status, describeNonJson(response, text, neutral))
          : t('{0} {1} failed with HTTP {2}', method, path, response.status);
      throw new AgentHumanError(kind, message, {
        method, path, status: response.status, serverMessage,
        suggestion: server.suggestion ? neutral(server.suggestion) || undefined : undefined,
        code: server.code === undefined ? undefined : neutral(server.code),
        details: mapStrings(server.details, neutral), retryAt,
        // A 5xx answer says nothing about whether the change was made before it failed.
        mayHaveReachedServer: response.status >= 500,
      });
    }
  }

  /** The URL and key a request goes with; refuses a bad base URL or key (nothing sent). */
  private async target(call: Call<unknown>): Promise<{ url: URL; key: string }> {
    const { method, path } = call;
    const url = this.url(call.path, call.query);
    const key = await this.options.apiKey();
    if (!key) {
      throw new AgentHumanError('missingApiKey', t('No AgentHuman API key is set.'), { method, path });
    }
    if (!/^[\x21-\x7e]+$/.test(key)) {
      throw new AgentHumanError('invalidInput', t('The API key contains spaces, line breaks or other characters that cannot be sent.'), { method, path });
    }
    return { url, key };
  }

  /** Why a request left the queue without being sent. */
  private queueError(cause: unknown, call: Call<unknown>): unknown {
    const { method, path } = call;
    if (cause instanceof QueueWaitTooLong) {
      return new AgentHumanError('rateLimited', t('Rate limit reached; requests can be sent again at {0}.', cause.retryAt.toISOString()), {
        method, path, retryAt: cause.retryAt,
      });
    }
    if (cause instanceof QueueCancelled) {
      return new AgentHumanError('network', t('{0} {1} was cancelled.', method, path), { method, path, code: 'cancelled' });
    }
    return cause;
  }

  private url(path: string, query?: Record<string, string>): URL {
    const base = parseApiBaseUrl(typeof this.options.baseUrl === 'function' ? this.options.baseUrl() : this.options.baseUrl);
    const url = new URL(base.href);
    // A URL's path is never empty ("/" at least), so strip the slash before joining.
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
    return url;
  }

  private async send(url: URL, method: string, key: string, call: Call<unknown>): Promise<Answer> {
    const controller = new AbortController();
    const timeoutMs = this.options.timeoutMs ?? 15_000;
    const timer = setTimeout(() => controller.abort(new TimeoutSignal()), timeoutMs);
    const onAbort = () => controller.abort(call.signal?.reason);
    call.signal?.addEventListener('abort', onAbort, { once: true });
    if (call.signal?.aborted) controller.abort(call.signal.reason);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.options.userAgent,
      'x-api-key': key,
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(url.href, {
        method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        redirect: 'manual',
        signal: controller.signal,
      });
      // The body is read inside the timeout too: a server that stalls mid-body times out.
      const text = await readBounded(response, this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, controller);
      return { status: response.status, ok: response.ok, headers: response.headers, text };
    } catch (error) {
      if (controller.signal.aborted && controller.signal.reason instanceof TimeoutSignal) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }

  private transportError(cause: unknown, call: Call<unknown>, neutral: (s: string) => string): AgentHumanError {
    const { method, path } = call;
    if (cause instanceof BodyTooLarge) {
      return new AgentHumanError('badResponse', t('The API\'s answer to {0} {1} was larger than {2} and was not read. Check that the "agenthuman.apiBaseUrl" setting points to the AgentHuman API.', method, path, formatBytes(cause.limit)), {
        // The request did reach the server, which answered: a write may have been made.
        method, path, status: cause.status, mayHaveReachedServer: true,
      });
    }
    if (cause instanceof TimeoutSignal) {
      const seconds = Math.round((this.options.timeoutMs ?? 15_000) / 100) / 10;
      return new AgentHumanError('timeout', t('{0} {1} got no answer within {2} s.', method, path, seconds), {
        method, path, mayHaveReachedServer: true,
      });
    }
    if (call.signal?.aborted) {
      return new AgentHumanError('network', t('{0} {1} was cancelled.', method, path), { method, path, mayHaveReachedServer: method !== 'GET', code: 'cancelled' });
    }
    const code = errorCode(cause);
    const notSent = code !== undefined && NOT_SENT_CODES.has(code);
    const detail = code ?? (cause instanceof Error ? neutral(cause.message) : t('unknown error'));
    return new AgentHumanError('network', t('{0} {1} could not reach the AgentHuman API ({2}).', method, path, detail), {
      method, path, code, mayHaveReachedServer: !notSent,
    });
  }

  private backoff(attempt: number): number {
    const base = this.options.retryBaseDelayMs ?? 300;
    return base * 2 ** attempt + Math.random() * base;
  }
}

class TimeoutSignal extends Error {
  constructor() {
    super('timeout');
  }
}

class BodyTooLarge extends Error {
  constructor(readonly status: number, readonly limit: number) {
    super('body too large');
  }
}

/**
 * Reads the body as a stream, at most `limit` bytes: a Content-Length above it is refused
 * before reading, and the request is aborted (its socket closed) as soon as the bytes read
 * pass it, so an endless or huge answer never sits in memory.
 */
async function readBounded(response: Response, limit: number, controller: AbortController): Promise<string> {
  const tooLarge = () => {
    controller.abort();
    return new BodyTooLarge(response.status, limit);
  };
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > limit) break;
      chunks.push(bytes);
    }
  }
  if (size > limit) throw tooLarge();
  // As node-fetch's text(): UTF-8, a byte order mark dropped.
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** "16 MB", "512 KB". */
function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? t('{0} MB', Math.round(mb * 10) / 10) : t('{0} KB', Math.max(1, Math.round(bytes / 1024)));
}

function linkPath(linkId: string): string {
  if (!LINK_ID_PATTERN.test(linkId)) {
    throw new AgentHumanError('invalidInput', t('"{0}" is not a link id (lnk_…).', linkId));
  }
  return `/v1/links/${linkId}`;
}

function validateBody<T>(schema: z.ZodMiniType<T>, body: unknown, notValid: (issues: string) => string): T {
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    throw new AgentHumanError('invalidInput', notValid(describeIssues(parsed.error)));
  }
  return parsed.data;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Maps every string (and key) of a JSON value, e.g. the `details` of an error body. */
function mapStrings(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [map(k), mapStrings(v, map)]));
  }
  return value;
}

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** What a non-JSON body looks like; the Content-Type is server text, so it is neutralised. */
function describeNonJson(response: Answer, text: string, neutral: (s: string) => string): string {
  const type = response.headers.get('content-type')?.split(';')[0].trim();
  if (!text.trim()) return t('an empty body (HTTP {0})', response.status);
  if (type?.toLowerCase() === 'text/html' || /^\s*</.test(text)) return t('an HTML page (HTTP {0}; a proxy or gateway may be in the way)', response.status);
  const shown = type ? neutral(type) : '';
  return shown ? t('a "{0}" body (HTTP {1})', shown, response.status) : t('a non-JSON body (HTTP {0})', response.status);
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown; errno?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
