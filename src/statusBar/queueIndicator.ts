// A status-bar item, shown only while requests wait for the rate-limit budget: how many, and
// when the next one goes. The client queues them (api/requestQueue.ts); this only tells.
import vscode = require('vscode');
import type { QueueState } from '../api/client';
import type { Clock } from '../clock';
import { t } from '../text/translate';
import { queueText, queueTooltip } from './queueText';

export class QueueIndicator implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('agenthuman.requestQueue', vscode.StatusBarAlignment.Left, 0);
  private state: QueueState = { queued: 0 };
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly clock: Clock) {
    this.item.name = t('AgentHuman Requests Waiting');
    this.item.tooltip = queueTooltip();
  }

  /** The client's queue changed. */
  update(state: QueueState): void {
    this.state = state;
    this.render();
    // The "next in 40 s" counts down while something waits.
    if (state.queued > 0) this.ticker ??= setInterval(() => this.render(), 1000);
    else this.stopTicker();
  }

  private render(): void {
    const text = queueText(this.state, this.clock(), vscode.env.language);
    if (text === undefined) {
      this.item.hide();
      return;
    }
    this.item.text = text;
    this.item.show();
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  dispose(): void {
    this.stopTicker();
    this.item.dispose();
  }
}
