// Everything a flow test needs: the fake server, the REAL client over loopback and the REAL
// link store on it, a scripted prompter, and a recording UI that stands for both the flows'
// notifications and the reporter's screen (the real Reporter decides what is shown).
import { AgentHumanClient } from '../../../src/api/client';
import type { Link } from '../../../src/api/schemas';
import type { ErrorAction } from '../../../src/failures/describeError';
import { type Failures, type ReportOptions, Reporter, type ReportUi } from '../../../src/failures/reporter';
import type { AgentCache, FlowDeps, FlowUi, NoticeAction, NoticeLevel } from '../../../src/flows/flowDeps';
import { Emitter } from '../../../src/emitter';
import { linksCacheKey, LinkStore } from '../../../src/links/linkStore';
import { DEMO_API_KEY, type FakeServer } from '../../fake-api/server';
import { memoryListCache } from './memoryListCache';
import { ScriptedPrompter, type ScriptAnswer } from './scriptedPrompter';

export interface Notice {
  level: NoticeLevel;
  message: string;
  labels: string[];
}

/** Records every notification (the flows' and the reporter's) and plays the user's answers to them. */
export class FakeUi implements FlowUi, ReportUi {
  readonly notices: Notice[] = [];
  readonly progressTitles: string[] = [];
  readonly copied: string[] = [];
  readonly opened: string[] = [];
  readonly revealed: string[] = [];
  readonly logs: string[] = [];
  readonly errorActions: ErrorAction[] = [];
  /** Which button the "user" presses on a notification (undefined = dismiss). */
  respond: (notice: Notice) => string | undefined = () => undefined;
  /** What the shared re-authentication resolves (true = a new key was stored). */
  reauthResult = false;
  reauthCalls = 0;
  /** What the copyOnCreate setting answers. */
  copyOnCreateSetting = false;
  private readonly pending: Promise<unknown>[] = [];
  private failures: unknown[] = [];

  constructor(readonly now: () => number) {}

  // ---- FlowUi
  notify(level: NoticeLevel, message: string, actions: readonly NoticeAction[] = []): void {
    const notice = this.record(level, message, actions.map((action) => action.label));
    this.background(async () => {
      const choice = this.respond(notice);
      if (choice !== undefined) await actions.find((action) => action.label === choice)?.run();
    });
  }

  async progress<T>(title: string, task: () => Promise<T>): Promise<T> {
    this.progressTitles.push(title);
    return task();
  }

  async copy(text: string): Promise<void> {
    this.copied.push(text);
  }

  async open(url: string): Promise<void> {
    this.opened.push(url);
  }

  async reveal(link: Link): Promise<void> {
    this.revealed.push(link.link_id);
  }

  log(message: string): void {
    this.logs.push(message);
  }

  // ---- ReportUi
  showError(message: string, labels: readonly string[]): Promise<string | undefined> {
    return Promise.resolve(this.respond(this.record('error', message, [...labels])));
  }

  async reauthenticate(): Promise<boolean> {
    this.reauthCalls++;
    return this.reauthResult;
  }

  async runAction(action: Exclude<ErrorAction, 'retry'>): Promise<void> {
    this.errorActions.push(action);
  }

  logError(message: string): void {
    this.logs.push(message);
  }

  host(): string {
    return '127.0.0.1';
  }

  language(): string {
    return 'en';
  }

  // ---- for the tests
  private record(level: NoticeLevel, message: string, labels: string[]): Notice {
    const notice = { level, message, labels };
    this.notices.push(notice);
    return notice;
  }

  /** Runs a follow-up (a button's action, a report) that `idle()` waits for. */
  background(task: () => Promise<unknown>): void {
    this.pending.push(task().catch((error: unknown) => this.failures.push(error)));
  }

  /** Waits for every background task (notification buttons, retries), including ones they start. */
  async idle(): Promise<void> {
    while (this.pending.length) await Promise.all(this.pending.splice(0));
    if (this.failures.length) {
      const [first] = this.failures;
      this.failures = [];
      throw first;
    }
  }

  get last(): Notice {
    const last = this.notices.at(-1);
    if (!last) throw new Error('No notification was shown');
    return last;
  }
}

/** The real link store over the real client, recording the links it put in place and dropped. */
export class RecordingStore extends LinkStore {
  readonly upserts: Link[] = [];
  readonly removed: string[] = [];

  constructor(client: AgentHumanClient, now: () => number, links: Link[]) {
    const cache = new Map<string, unknown>();
    const baseUrl = 'http://127.0.0.1';
    if (links.length) cache.set(linksCacheKey('test'), { baseUrl, status: 'all', loadedAt: now(), links });
    super({
      client,
      cache: memoryListCache(cache),
      baseUrl: () => baseUrl,
      accountId: () => 'test',
      onDidChangeAccount: new Emitter<{ reason: string }>().event,
      warn: () => undefined,
      clock: now,
    });
    this.onDidChange((change) => {
      if (change.type === 'upsert') this.upserts.push(change.link);
      if (change.type === 'remove') this.removed.push(change.linkId);
    });
  }
}

export function realClient(server: FakeServer, options: { timeoutMs?: number; apiKey?: string } = {}): AgentHumanClient {
  return new AgentHumanClient({
    baseUrl: server.url,
    apiKey: () => options.apiKey ?? DEMO_API_KEY,
    userAgent: 'agenthuman-links-tests',
    timeoutMs: options.timeoutMs ?? 5000,
    retryBaseDelayMs: 1,
    now: () => server.now(),
  });
}

export interface Harness extends FlowDeps {
  prompter: ScriptedPrompter;
  ui: FakeUi;
  links: RecordingStore;
  client: AgentHumanClient;
  agentCache: AgentCache;
}

/** Deps for a flow: every request goes to the fake server through the real client and store. */
export function harness(server: FakeServer, script: ScriptAnswer[], options: { links?: Link[]; timeoutMs?: number; apiKey?: string } = {}): Harness {
  const now = () => server.now();
  const client = realClient(server, options);
  const ui = new FakeUi(now);
  const reporter = new Reporter(ui);
  const failures: Failures = { report: (error: unknown, report: ReportOptions) => ui.background(() => reporter.tell(error, report)) };
  const deps: Harness = {
    prompter: new ScriptedPrompter(script),
    client,
    links: new RecordingStore(client, now, options.links ?? []),
    ui,
    failures,
    agentCache: {},
    copyOnCreate: () => ui.copyOnCreateSetting,
    now,
    language: 'en',
  };
  return deps;
}

/** The requests the flows sent (the fake server's log), as "METHOD /path". */
export function requestLines(server: FakeServer): string[] {
  return server.requests.map((r) => `${r.method} ${r.path}`);
}
