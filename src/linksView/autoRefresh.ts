// A repeating timer that runs only while wanted (view visible, interval set). No `vscode`
// import.

export class IntervalTimer {
  private timer: ReturnType<typeof setInterval> | undefined;
  private armedWith: number | undefined;

  constructor(private readonly tick: () => void) {}

  /** Runs `tick` every `seconds` while `active`; 0 or inactive stops it. Re-arming with the same interval keeps the running timer. */
  arm(seconds: number, active: boolean): void {
    const wanted = active && seconds > 0 ? seconds : undefined;
    if (wanted === this.armedWith) return;
    this.stop();
    if (wanted === undefined) return;
    this.armedWith = wanted;
    this.timer = setInterval(this.tick, wanted * 1000);
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.armedWith = undefined;
  }

  dispose(): void {
    this.stop();
  }
}
