// Reads a use limit typed by the user. Pure: no `vscode` import.
// Empty = unlimited (null); otherwise one positive whole number written in digits.

export type UseLimitResult = { ok: true; value: number | null } | { ok: false; message: string };

export interface UseLimitOptions {
  /** The link's sessions so far (editing): the new limit must be greater. */
  uses?: number;
}

export function parseUseLimit(text: string, options: UseLimitOptions = {}): UseLimitResult {
  const value = text.trim();
  if (!value) return { ok: true, value: null };
  const refuse = (message: string): UseLimitResult => ({ ok: false, message });
  if (/\s/.test(value)) return refuse('Remove the spaces: type the limit as one number in digits, e.g. 1000.');
  if (/^-/.test(value)) return refuse('A use limit cannot be negative. Type a whole number of 1 or more, or leave the box empty for unlimited uses.');
  if (/^\+/.test(value)) return refuse('Leave out the "+": type the limit in digits only, e.g. 100.');
  if (/^\d*\.?\d+e[+-]?\d+$/i.test(value)) {
    return refuse('Write the limit out in digits: exponent notation such as 1e3 is not accepted (type 1000).');
  }
  if (/^\d{1,3}(,\d{3})+$/.test(value)) {
    return refuse(`Leave out the thousands separators: type ${value.replace(/,/g, '')}.`);
  }
  if (/^\d*[.,]\d+$|^\d+[.,]$/.test(value)) {
    return refuse('A use limit is a whole number of sessions: no decimals.');
  }
  if (!/^\d+$/.test(value)) return refuse('Type a whole number in digits, e.g. 100, or leave the box empty for unlimited uses.');
  const limit = Number(value);
  if (!Number.isSafeInteger(limit)) return refuse('That number is too large for a use limit.');
  if (limit === 0) return refuse('A use limit of 0 would let nobody in: type 1 or more, or leave the box empty for unlimited uses.');
  const uses = options.uses ?? 0;
  if (uses > 0 && limit <= uses) {
    const times = uses === 1 ? 'once' : `${uses} times`;
    return refuse(`This link has been used ${times} already: the new limit must be greater than ${uses} (at least ${uses + 1}).`);
  }
  return { ok: true, value: limit };
}

/** "Unlimited", "1 use", "100 uses". */
export function describeUseLimit(limit: number | null | undefined): string {
  if (limit === null || limit === undefined) return 'Unlimited';
  return limit === 1 ? '1 use' : `${limit} uses`;
}

/** A use limit given as a command argument (a number or a string), as the text it would be typed as. */
export function useLimitArgText(value: number | string): string {
  return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : String(value);
}
