// The optional status-bar count of links that need attention (setting
// `agenthuman.statusBar.attention`, off by default). From the list already loaded, no request;
// a click shows the Links view filtered to those links.
import vscode = require('vscode');
import { summarizeAttention } from '../attention/attention';
import type { Clock } from '../clock';
import { COMMAND } from '../commandIds';
import type { LinkStore } from '../links/linkStore';
import { affects, attentionThresholds, showAttentionInStatusBar } from '../settings/settings';
import { attentionStatusText } from './attentionText';
import { t } from '../text/translate';

/** "Expires in 5 h" moves on: the count is recomputed this often while shown. */
const TICK_MS = 60_000;

export class AttentionIndicator implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('agenthuman.attention', vscode.StatusBarAlignment.Left, 1);
  private readonly subscriptions: vscode.Disposable[];
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly store: LinkStore, private readonly clock: Clock) {
    this.item.name = t('AgentHuman Links That Need Attention');
    this.item.command = COMMAND.showLinksNeedingAttention;
    this.subscriptions = [
      store.onDidChange(() => this.render()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'statusBar') || affects(event, 'attention')) this.render();
      }),
    ];
    this.render();
  }

  private render(): void {
    const summary = showAttentionInStatusBar() ? summarizeAttention(this.store.links, attentionThresholds(), this.clock(), vscode.env.language) : undefined;
    if (!summary?.count) {
      this.item.hide();
      this.stopTicker();
      return;
    }
    const { text, tooltip } = attentionStatusText(summary);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
    this.ticker ??= setInterval(() => this.render(), TICK_MS);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  dispose(): void {
    this.stopTicker();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
