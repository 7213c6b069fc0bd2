// Everything a flow test needs: the fake server, the REAL client over loopback, a
// scripted prompter, a fake UI that records notifications and a fake link store.
import { AgentHumanClient } from '../../../src/api/client';
import { AgentHumanError } from '../../../src/api/errors';
import type { Agent, Link, UpdateLinkRequest } from '../../../src/api/schemas';
import type { ErrorAction } from '../../../src/errors/errorMessages';
import type { AgentCache, FlowDeps, FlowLinkStore, FlowUi, NoticeLevel, UpdateOutcome } from '../../../src/flows/flowDeps';
import { DEMO_API_KEY, type FakeServer } from '../../fake-api/server';
import { ScriptedPrompter, type ScriptAnswer } from './scriptedPrompter';

export interface Notice {
  level: NoticeLevel;
  message: string;
  labels: string[];
}

export class FakeUi implements FlowUi {
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
  copyOnCreateSetting = false;
  private readonly pending: Promise<unknown>[] = [];
  private failures: unknown[] = [];

  show(level: NoticeLevel, message: string, ...labels: string[]): Promise<string | undefined> {
    const notice = { level, message, labels };
    this.notices.push(notice);
    return Promise.resolve(this.respond(notice));
  }

  async progress<T>(title: string, task: () => Promise<T>): Promise<T> {
    this.progressTitles.push(title);
    return task();
  }

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

  async copy(text: string): Promise<void> {
    this.copied.push(text);
  }

  async open(url: string): Promise<void> {
    this.opened.push(url);
  }

  async reveal(link: Link): Promise<void> {
    this.revealed.push(link.link_id);
  }

  async handleUnauthorized(): Promise<boolean> {
    this.reauthCalls++;
    return this.reauthResult;
  }

  async runErrorAction(action: ErrorAction): Promise<void> {
    this.errorActions.push(action);
  }

  copyOnCreate(): boolean {
    return this.copyOnCreateSetting;
  }

  apiHost(): string {
    return '127.0.0.1';
  }

  log(message: string): void {
    this.logs.push(message);
  }

  get last(): Notice {
    const last = this.notices.at(-1);
    if (!last) throw new Error('No notification was shown');
    return last;
  }
}

export class FakeStore implements FlowLinkStore {
  readonly upserts: Link[] = [];
  readonly removed: string[] = [];

  constructor(public links: Link[] = []) {}

  find(linkId: string): Link | undefined {
    return this.links.find((l) => l.link_id === linkId);
  }

  upsert(link: Link): void {
    this.upserts.push(link);
    const index = this.links.findIndex((l) => l.link_id === link.link_id);
    if (index < 0) this.links = [link, ...this.links];
    else this.links = this.links.map((l, i) => (i === index ? link : l));
  }

  remove(linkId: string): void {
    this.removed.push(linkId);
    this.links = this.links.filter((l) => l.link_id !== linkId);
  }

  agentsSeen(): Agent[] {
    const byId = new Map<string, Agent>();
    for (const link of this.links) if (!byId.has(link.agent.agent_id)) byId.set(link.agent.agent_id, link.agent);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

export function realClient(server: FakeServer, options: { timeoutMs?: number; apiKey?: string } = {}): AgentHumanClient {
  return new AgentHumanClient({
    baseUrl: server.url,
    apiKey: () => options.apiKey ?? DEMO_API_KEY,
    userAgent: 'agenthuman-links-tests',
    timeoutMs: options.timeoutMs ?? 5000,
    retryBaseDelayMs: 1,
  });
}

export interface Harness extends FlowDeps {
  prompter: ScriptedPrompter;
  ui: FakeUi;
  links: FakeStore;
  client: AgentHumanClient;
  agentCache: AgentCache;
}

/**
 * Deps for a flow. `sendUpdate` does what links/updateLink.ts `sendLinkUpdate` does (one
 * PUT, the store updated in place, a 404 removes the link); that module imports `vscode`
 * and so cannot load in plain Node.
 */
export function harness(server: FakeServer, script: ScriptAnswer[], options: { links?: Link[]; timeoutMs?: number; apiKey?: string } = {}): Harness {
  const client = realClient(server, options);
  const links = new FakeStore(options.links ?? []);
  const deps: Harness = {
    prompter: new ScriptedPrompter(script),
    client,
    links,
    ui: new FakeUi(),
    agentCache: {},
    now: () => server.now(),
    async sendUpdate(link: Link, changes: UpdateLinkRequest): Promise<UpdateOutcome> {
      try {
        const updated = await client.updateLink(link.link_id, changes);
        links.upsert(updated);
        return { link: updated };
      } catch (error) {
        if (error instanceof AgentHumanError && error.kind === 'notFound') links.remove(link.link_id);
        return { error };
      }
    },
  };
  return deps;
}

/** The requests the flows sent (the fake server's log), as "METHOD /path". */
export function requestLines(server: FakeServer): string[] {
  return server.requests.map((r) => `${r.method} ${r.path}`);
}
