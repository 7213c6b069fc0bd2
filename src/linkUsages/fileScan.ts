// One file's usages, for the built-in search (when VS Code's ripgrep is not found): binary
// files are skipped as ripgrep skips them (a NUL byte near the start), and the recogniser's
// offsets become lines and columns. Pure: no `vscode` import.
import { findLinkUsages } from './recogniser';
import type { LineUsage } from './ripgrep';

/** How much of the start of a file is looked at for a NUL byte. */
const BINARY_PROBE = 8192;

export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE).includes(0);
}

/** The usages of a whole text, by line and column. */
export function lineUsagesOf(text: string, prefixes: readonly string[]): LineUsage[] {
  const usages = findLinkUsages(text, prefixes);
  if (!usages.length) return [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return usages.map((usage) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= usage.start) low = mid;
      else high = mid - 1;
    }
    const at = lineStarts[low];
    return { ...usage, line: low, start: usage.start - at, end: usage.end - at, idStart: usage.idStart - at, idEnd: usage.idEnd - at };
  });
}
