// A small event emitter for modules that must not import `vscode` (the link store, the
// account's pure parts), with the same shape as vscode.EventEmitter: `event(listener)` returns
// something to dispose, which VS Code's subscriptions accept as they are.

export interface Disposable {
  dispose(): void;
}

export type Event<T> = (listener: (value: T) => void) => Disposable;

export class Emitter<T> implements Disposable {
  private listeners = new Set<(value: T) => void>();

  /** A listener that throws is reported here and does not stop the others (as in VS Code). */
  constructor(private readonly onListenerError: (error: unknown) => void = (error) => console.error('AgentHuman: an event listener failed:', error)) {}

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  /** Calls every listener, in the order they subscribed. */
  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
