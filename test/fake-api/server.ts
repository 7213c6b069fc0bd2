/**
 * The fake AgentHuman server: a local HTTP test double of the API contract written up in
 * README.md beside this file (NOT the real service).
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultQueue, replacesAnswer, type FaultMatch, type FaultSpec } from './faults';
import { BodyTooLarge, errorReply, rawReply, readBody, writeReply, type Reply } from './http';
import { RateLimiter } from './rateLimit';
import { API_KEYS, DEMO_API_KEY, MANY_LINK_COUNT, OTHER_API_KEY, SEED, SHARE_URL_BASE } from './seed';
import { deriveStatus, Store } from './store';
import type { AccountName, Agent, Link, LinkStatus, SeedName } from './types';
import { validateCreate, validateUpdate, type FieldError } from './validation';

export { DEMO_API_KEY, MANY_LINK_COUNT, OTHER_API_KEY, SEED, SHARE_URL_BASE };
export type { FaultMatch, FaultSpec };
export type { AccountName, Agent, Link, LinkStatus, SeedName, VoiceAgent, AuthMethod } from './types';

export interface RecordedRequest {
  method: string;
  /** path without query, e.g. /v1/links/lnk_abc */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** parsed JSON, or the raw string if not JSON, or undefined when there was no body */
  body: unknown;
  /** what the server answered (0 for a dropped connection or one not answered yet) */
  status: number;
  /** 'demo' | 'other' when the key was valid */
  account?: string;
}

export interface FakeServer {
  /** e.g. http://127.0.0.1:54321 (no trailing slash) */
  readonly url: string;
  /** every request received, in arrival order (faulted ones too) */
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  injectFault(fault: FaultSpec, match?: FaultMatch): void;
  clearFaults(): void;
  /** simulate sessions started through the link (uses += count); throws for a paused/expired/unknown link */
  visit(linkId: string, count?: number): void;
  /** the server's current time (epoch ms): the pinned time, else its clock */
  now(): number;
  /**
   * pin the server clock (undefined = back to its `clock`); drives expiry and the rate-limit
   * window. The seed keeps its dates: call `reset()` after pinning to seed relative to the pin.
   */
  setNow(now: Date | number | undefined): void;
  resetRateLimit(): void;
  /** back to the initial data; also clears rate-limit windows, faults and the request log */
  reset(seed?: SeedName): void;
  /** snapshot of an account's links as the API would render them, newest first (default 'demo') */
  links(account?: string): Link[];
  agents(account?: string): Agent[];
  close(): Promise<void>;
}

export interface FakeServerOptions {
  /** default 0 = any free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** default 'demo'; 'empty' = the accounts and agents but no links */
  seed?: SeedName;
  /** default 60 (the contract's number) */
  rateLimitPerMinute?: number;
  /** 'missing' = GET /v1/agents answers 404 (the contract says that endpoint is unconfirmed) */
  agentsEndpoint?: 'ok' | 'missing';
  /** called once per answered request with "METHOD /path -> status [account]"; never the key */
  log?: (line: string) => void;
  /** the server's clock (epoch ms); default the wall clock. Seeds, expiry and the rate-limit window use it. */
  clock?: () => number;
}

const RATE_LIMITED_BODY = { success: false, error: 'Too many requests. Please retry after 1 minute.' };
const STATUS_FILTERS: readonly string[] = ['all', 'active', 'paused', 'expired'];
const NONJSON_HTML = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>'
  + '<body><h1>502 Bad Gateway</h1><p>The upstream server returned an invalid response.</p></body></html>\n';

function routeNotFound(): Reply {
  return errorReply(404, 'Not found', 'not_found', 'Check the method and the path (every endpoint is under /v1)');
}

function linkNotFound(): Reply {
  return errorReply(404, 'Link not found', 'not_found', 'Check the link id; the link may have been deleted');
}

function validationReply(e: FieldError): Reply {
  return errorReply(400, e.message, 'validation_error', e.suggestion, { field: e.field });
}

interface ParsedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string | undefined;
  rawBody: string;
  key: string | undefined;
  account: AccountName | undefined;
}

export async function startFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const host = options.host ?? '127.0.0.1';
  const initialSeed: SeedName = options.seed ?? 'demo';
  const agentsEndpoint = options.agentsEndpoint ?? 'ok';
  const log = options.log;

  let pinnedNow: number | undefined;
  const clock = options.clock ?? (() => Date.now());
  const now = (): number => pinnedNow ?? clock();

  const store = new Store(initialSeed, now());
  const limiter = new RateLimiter(options.rateLimitPerMinute ?? 60);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const pendingDelays = new Set<{ timer: NodeJS.Timeout; resolve: (alive: boolean) => void }>();
  let closed = false;

  function sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => { pendingDelays.delete(entry); resolve(true); }, ms),
        resolve,
      };
      pendingDelays.add(entry);
    });
  }

  // ---- the API proper ------------------------------------------------------------------------

  function handleApi(r: ParsedRequest): Reply {
    if (r.path !== '/v1' && !r.path.startsWith('/v1/')) return routeNotFound();
    if (r.key === undefined || r.key === '') return { status: 401, body: { error: 'API key required' } };
    if (r.account === undefined) {
      return errorReply(401, 'Invalid API key', 'invalid_api_key',
        'Check the key in the AgentHuman dashboard (Settings -> API Keys)');
    }
    const rl = limiter.hit(r.key, now());
    const rlHeaders = {
      'X-RateLimit-Limit': String(rl.limit),
      'X-RateLimit-Remaining': String(rl.remaining),
      'X-RateLimit-Reset': String(rl.resetSec),
    };
    const reply = rl.allowed ? route(r, r.account) : { status: 429, body: RATE_LIMITED_BODY };
    return { ...reply, headers: { ...rlHeaders, ...reply.headers } };
  }

  function route(r: ParsedRequest, account: AccountName): Reply {
    if (r.path === '/v1/links') {
      if (r.method === 'GET') return listLinks(r, account);
      if (r.method === 'POST') return createLink(r, account);
      return routeNotFound();
    }
    const m = /^\/v1\/links\/([^/]+)$/.exec(r.path);
    if (m) {
      let id: string;
      try { id = decodeURIComponent(m[1]); } catch { return linkNotFound(); }
      if (r.method === 'GET') return getLink(account, id);
      if (r.method === 'PUT') return updateLink(r, account, id);
      if (r.method === 'DELETE') return deleteLink(account, id);
      return routeNotFound();
    }
    if (r.path === '/v1/agents' && r.method === 'GET' && agentsEndpoint === 'ok') {
      return { status: 200, body: { success: true, agents: store.agents(account) } };
    }
    return routeNotFound();
  }

  function listLinks(r: ParsedRequest, account: AccountName): Reply {
    const filter = r.query.status ?? 'all';
    if (!STATUS_FILTERS.includes(filter)) {
      return errorReply(400, 'status must be one of all, active, paused, expired', 'validation_error',
        'Use ?status=all, active, paused or expired, or leave it out', { field: 'status' });
    }
    const links = store.list(account, now(), filter === 'all' ? undefined : filter as LinkStatus);
    return { status: 200, body: { success: true, links } };
  }

  function getLink(account: AccountName, id: string): Reply {
    const link = store.findLink(account, id);
    return link ? { status: 200, body: { success: true, link: store.render(link, now()) } } : linkNotFound();
  }

  function createLink(r: ParsedRequest, account: AccountName): Reply {
    const body = jsonObjectBody(r);
    if ('status' in body) return body;
    const v = validateCreate(body.value);
    if (!v.ok) return validationReply(v.error);
    if (!store.findAgent(account, v.value.agent_id)) {
      return errorReply(404, 'Agent not found', 'not_found',
        'Use the id of one of your own agents', { field: 'agent_id' });
    }
    const link = store.create(account, v.value, now());
    return { status: 201, body: { success: true, link: store.render(link, now()) } };
  }

  function updateLink(r: ParsedRequest, account: AccountName, id: string): Reply {
    const link = store.findLink(account, id);
    if (!link) return linkNotFound();
    const body = jsonObjectBody(r);
    if ('status' in body) return body;
    const v = validateUpdate(body.value, link.uses);
    if (!v.ok) return validationReply(v.error);
    store.update(link, v.value);
    return { status: 200, body: { success: true, link: store.render(link, now()) } };
  }

  function deleteLink(account: AccountName, id: string): Reply {
    if (!store.delete(account, id)) return linkNotFound();
    return { status: 200, body: { success: true, message: 'Link deleted successfully' } };
  }

  function jsonObjectBody(r: ParsedRequest): { value: Record<string, unknown> } | Reply {
    const mime = r.contentType?.split(';')[0].trim().toLowerCase();
    if (mime !== 'application/json') {
      return errorReply(400, 'Content-Type must be application/json', 'invalid_request',
        'Send the body as JSON with the header Content-Type: application/json');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(r.rawBody);
    } catch {
      return errorReply(400, 'Request body is not valid JSON', 'invalid_request', 'Send a JSON object');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return errorReply(400, 'Request body must be a JSON object', 'invalid_request', 'Send a JSON object');
    }
    return { value: parsed as Record<string, unknown> };
  }

  // ---- faults -------------------------------------------------------------------------------

  function faultReply(f: FaultSpec, r: ParsedRequest): Reply {
    const status = f.status ?? 200;
    if (f.nonJson) {
      return { status, text: typeof f.body === 'string' ? f.body : NONJSON_HTML, contentType: 'text/html; charset=utf-8' };
    }
    if (f.badSchema) {
      return f.body !== undefined ? bodyReply(status, f.body) : { status, body: badSchemaBody(r) };
    }
    if (f.body !== undefined) return bodyReply(status, f.body);
    if (status === 204 || status === 304) return { status };
    if (status >= 400) return errorReply(status, `Injected fault: HTTP ${status}`, 'injected_fault');
    return { status, body: { success: true } };
  }

  function bodyReply(status: number, body: string | object): Reply {
    return typeof body === 'string' ? rawReply(status, body) : { status, body };
  }

  /** A body of the right outer shape for the route, whose payload breaks the schema. */
  function badSchemaBody(r: ParsedRequest): unknown {
    const brokenLink = {
      // link_id missing, uses a string
      name: 'Broken link',
      url: `${SHARE_URL_BASE}lnk_broken`,
      agent: store.agents('demo')[0],
      status: 'active',
      uses: '3',
      use_limit: null,
      created_at: new Date(now()).toISOString(),
      expires_at: null,
    };
    if (r.path === '/v1/links' && r.method === 'GET') return { success: true, links: [brokenLink] };
    if (r.path === '/v1/agents') return { success: true, agents: [{ agent_id: 42, name: null }] };
    if (r.method === 'DELETE') return { success: 'yes', message: 42 };
    return { success: true, link: brokenLink };
  }

  // ---- the HTTP server ----------------------------------------------------------------------

  async function onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const keyHeader = req.headers['x-api-key'];
    const key = Array.isArray(keyHeader) ? keyHeader[0] : keyHeader;
    const account = key !== undefined && Object.prototype.hasOwnProperty.call(API_KEYS, key) ? API_KEYS[key] : undefined;
    const rec: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      body: undefined,
      status: 0,
    };
    if (account) rec.account = account;
    requests.push(rec);

    const finish = (reply: Reply, extra?: Record<string, string>) => {
      rec.status = writeReply(res, reply, extra);
      log?.(`${rec.method} ${rec.path} -> ${rec.status}${account ? ` [${account}]` : ''}`);
    };

    let rawBody: string;
    try {
      rawBody = await readBody(req);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        finish(errorReply(413, 'Request body too large', 'invalid_request'), { Connection: 'close' });
      }
      return;
    }
    if (rawBody !== '') {
      try { rec.body = JSON.parse(rawBody); } catch { rec.body = rawBody; }
    }
    const r: ParsedRequest = {
      method: rec.method, path: rec.path, query: rec.query,
      contentType: req.headers['content-type'], rawBody, key, account,
    };

    const fault = faults.take(r.method, r.path);
    if (fault?.latencyMs !== undefined && fault.latencyMs > 0) {
      if (!(await sleep(fault.latencyMs))) return; // server closed meanwhile
    }
    if (fault?.drop) {
      rec.status = 0;
      log?.(`${rec.method} ${rec.path} -> dropped`);
      req.socket.destroy();
      return;
    }
    if (fault && replacesAnswer(fault)) {
      finish(faultReply(fault, r), fault.headers);
      return;
    }
    let reply: Reply;
    try {
      reply = handleApi(r);
    } catch (e) {
      // A bug in the fake itself: answer like a server error, keep the test readable.
      reply = errorReply(500, `Fake server error: ${(e as Error).message}`, 'internal_error');
    }
    if (fault?.unreadableAnswer) {
      reply = { status: reply.status, headers: reply.headers, text: NONJSON_HTML, contentType: 'text/html; charset=utf-8' };
    }
    if (fault?.answerDelayMs !== undefined && fault.answerDelayMs > 0) {
      if (!(await sleep(fault.answerDelayMs))) return; // server closed meanwhile
    }
    finish(reply, fault?.headers);
  }

  const server = http.createServer((req, res) => { void onRequest(req, res); });
  server.on('clientError', (_err, socket) => { socket.destroy(); });
  // Open connections, ended by close() (server.closeAllConnections needs Node 18.2; this also runs on 16).
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => { server.off('error', reject); resolve(); });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const baseUrl = `http://${hostForUrl}:${address.port}`;

  return {
    url: baseUrl,
    requests,
    clearRequests() { requests.length = 0; },
    now,
    injectFault(fault, match) { faults.add(fault, match); },
    clearFaults() { faults.clear(); },
    visit(linkId, count = 1) {
      if (!Number.isInteger(count) || count < 1) throw new Error(`visit: count must be a positive integer, got ${count}`);
      const link = store.findAnyLink(linkId);
      if (!link) throw new Error(`visit: no link ${linkId}`);
      const status = deriveStatus(link, now());
      if (status !== 'active') throw new Error(`visit: link ${linkId} is ${status}; visitors cannot start sessions`);
      if (link.use_limit !== null && link.uses + count > link.use_limit) {
        throw new Error(`visit: link ${linkId} has only ${link.use_limit - link.uses} uses left, asked for ${count}`);
      }
      link.uses += count;
    },
    setNow(value) {
      if (value === undefined) { pinnedNow = undefined; return; }
      const ms = typeof value === 'number' ? value : value.getTime();
      if (!Number.isFinite(ms)) throw new Error('setNow: not a valid time');
      pinnedNow = ms;
    },
    resetRateLimit() { limiter.reset(); },
    reset(seed = initialSeed) {
      store.reset(seed, now());
      limiter.reset();
      faults.clear();
      requests.length = 0;
    },
    links(account = 'demo') { return store.list(account, now()); },
    agents(account = 'demo') { return store.agents(account); },
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      for (const d of pendingDelays) { clearTimeout(d.timer); d.resolve(false); }
      pendingDelays.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
