// The one source of "now" for the extension. Everything that compares a time with the present
// (expiry, attention, "expires in", the stale-list message, rate-limit waits, the create flow's
// lost-answer window) takes a Clock instead of reading the wall clock itself, so tests can pin
// or move time. No `vscode` import here.

/** Milliseconds since the epoch, like `Date.now()`. */
export type Clock = () => number;

/** The wall clock. A function (not `Date.now` itself) so that a moved `Date` is honoured. */
export const systemClock: Clock = () => Date.now();
