// Typed errors that a user interface can act on. No `vscode` import here.

export type AgentHumanErrorKind =
  | 'missingApiKey' // no key configured: nothing was sent
  | 'invalidInput' // refused before sending (bad id, empty update, invalid body)
  | 'badConfiguration' // the base URL is unusable or insecure: nothing was sent
  | 'unauthorized' // 401: the key is missing, wrong or revoked
  | 'forbidden' // 403
  | 'notFound' // 404
  | 'invalidRequest' // 400 and other 4xx: the server refused what we sent
  | 'rateLimited' // 429, or the client knows the budget is spent
  | 'server' // 5xx
  | 'network' // connection refused, DNS failure, reset
  | 'timeout' // no answer in time
  | 'badResponse'; // not JSON, wrong shape, or a redirect

export interface AgentHumanErrorInit {
  status?: number;
  method?: string;
  path?: string;
  serverMessage?: string;
  suggestion?: string;
  code?: string;
  details?: unknown;
  /** When a rate-limited request can be sent again. */
  retryAt?: Date;
  /** True when a request may have been processed although no answer arrived. */
  mayHaveReachedServer?: boolean;
  cause?: unknown;
}

/**
 * Marks AgentHumanErrors for `isAgentHumanError`. A registered symbol rather than
 * `instanceof`: features loaded on first use are separate files of the bundle, each with
 * its own copy of this class, and an error crosses from one to the other.
 */
const BRAND = Symbol.for('agenthuman-links.AgentHumanError');

export class AgentHumanError extends Error {
  override readonly name = 'AgentHumanError';
  readonly [BRAND] = true;
  readonly status?: number;
  readonly method?: string;
  readonly path?: string;
  readonly serverMessage?: string;
  readonly suggestion?: string;
  readonly code?: string;
  readonly details?: unknown;
  readonly retryAt?: Date;
  readonly mayHaveReachedServer: boolean;

  constructor(
    readonly kind: AgentHumanErrorKind,
    message: string,
    init: AgentHumanErrorInit = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.serverMessage = init.serverMessage;
    this.suggestion = init.suggestion;
    this.code = init.code;
    this.details = init.details;
    this.retryAt = init.retryAt;
    this.mayHaveReachedServer = init.mayHaveReachedServer ?? false;
  }
}

export function isAgentHumanError(value: unknown, kind?: AgentHumanErrorKind): value is AgentHumanError {
  return (
    typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true &&
    (kind === undefined || (value as AgentHumanError).kind === kind)
  );
}

export function kindForStatus(status: number): AgentHumanErrorKind {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'notFound';
    case 429:
      return 'rateLimited';
    default:
      return status >= 500 ? 'server' : 'invalidRequest';
  }
}

export interface ServerErrorBody {
  message?: string;
  suggestion?: string;
  code?: string;
  details?: unknown;
}

/**
 * Reads the three documented error body shapes:
 * `{success:false, error:{message, suggestion?, code?, details?}}`,
 * `{success:false, error:"plain message"}` and `{error:"API key required"}`.
 */
export function readErrorBody(body: unknown): ServerErrorBody {
  if (!body || typeof body !== 'object') return {};
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'string') return { message: error };
  if (error && typeof error === 'object') {
    const e = error as Record<string, unknown>;
    return {
      message: typeof e.message === 'string' ? e.message : undefined,
      suggestion: typeof e.suggestion === 'string' ? e.suggestion : undefined,
      code: typeof e.code === 'string' ? e.code : undefined,
      details: e.details,
    };
  }
  if (typeof record.message === 'string') return { message: record.message };
  return {};
}
