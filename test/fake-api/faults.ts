/** Fault injection: a queue of one-shot (or n-shot) faults matched by method and path. */

export interface FaultSpec {
  /** answer with this status … */
  status?: number;
  /** … and this body (object -> JSON) */
  body?: string | object;
  /** extra headers (e.g. Retry-After) */
  headers?: Record<string, string>;
  /** delay before answering; alone (or with only `headers`) the normal answer is delayed */
  latencyMs?: number;
  /** answer 200 (or `status`) with an HTML body, content-type text/html */
  nonJson?: boolean;
  /** answer 200 (or `status`) with a JSON body that violates the schema */
  badSchema?: boolean;
  /** destroy the socket without answering */
  drop?: boolean;
  /** handle the request at once (the change is made), but send its answer this much later */
  answerDelayMs?: number;
  /** handle the request (the change is made), then answer its status with an unreadable HTML body */
  unreadableAnswer?: boolean;
}

export interface FaultMatch {
  /** case-insensitive; absent = any method */
  method?: string;
  /** string = exact path without query; RegExp tested against the path; absent = any path */
  path?: string | RegExp;
  /** default 1; Infinity = until cleared */
  times?: number;
}

interface Entry {
  fault: FaultSpec;
  method?: string;
  path?: string | RegExp;
  remaining: number;
}

/** True when the fault replaces the answer; false when it only delays it or adds headers. */
export function replacesAnswer(f: FaultSpec): boolean {
  return f.status !== undefined || f.body !== undefined || !!f.nonJson || !!f.badSchema || !!f.drop;
}

export class FaultQueue {
  private entries: Entry[] = [];

  add(fault: FaultSpec, match: FaultMatch = {}): void {
    const times = match.times ?? 1;
    if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
      throw new Error(`injectFault: times must be a positive integer or Infinity, got ${times}`);
    }
    if (fault.status !== undefined && !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)) {
      throw new Error(`injectFault: status must be an HTTP status code, got ${fault.status}`);
    }
    this.entries.push({ fault, method: match.method?.toUpperCase(), path: match.path, remaining: times });
  }

  clear(): void {
    this.entries = [];
  }

  /** The first matching fault, consumed once; undefined when none matches. */
  take(method: string, path: string): FaultSpec | undefined {
    const i = this.entries.findIndex((e) => matches(e, method.toUpperCase(), path));
    if (i < 0) return undefined;
    const e = this.entries[i];
    e.remaining--;
    if (e.remaining <= 0) this.entries.splice(i, 1);
    return e.fault;
  }
}

function matches(e: Entry, method: string, path: string): boolean {
  if (e.method !== undefined && e.method !== method) return false;
  if (e.path === undefined) return true;
  if (typeof e.path === 'string') return e.path === path;
  e.path.lastIndex = 0; // a /g or /y RegExp keeps state between tests
  return e.path.test(path);
}
