// Reads a use limit typed by the user. Pure: no `vscode` import.
// Empty = unlimited (null); otherwise one positive whole number written in digits.
import { t } from '../../text/translate';

export type UseLimitResult = { ok: true; value: number | null } | { ok: false; message: string };

export interface UseLimitOptions {
  /** The link's sessions so far (editing): the new limit must be greater. */
  uses?: number;
}

export function parseUseLimit(text: string, options: UseLimitOptions = {}): UseLimitResult {
  const value = text.trim();
  if (!value) return { ok: true, value: null };
  const refuse = (message: string): UseLimitResult => ({ ok: false, message });
  if (/\s/.test(value)) return refuse(t('Remove the spaces: type the limit as one number in digits, e.g. 1000.'));
  if (/^-/.test(value)) return refuse(t('A use limit cannot be negative. Type a whole number of 1 or more, or leave the box empty for unlimited uses.'));
  if (/^\+/.test(value)) return refuse(t('Leave out the "+": type the limit in digits only, e.g. 100.'));
  if (/^\d*\.?\d+e[+-]?\d+$/i.test(value)) {
    return refuse(t('Write the limit out in digits: exponent notation such as 1e3 is not accepted (type 1000).'));
  }
  if (/^\d{1,3}(,\d{3})+$/.test(value)) {
    return refuse(t('Leave out the thousands separators: type {0}.', value.replace(/,/g, '')));
  }
  if (/^\d*[.,]\d+$|^\d+[.,]$/.test(value)) {
    return refuse(t('A use limit is a whole number of sessions: no decimals.'));
  }
  if (!/^\d+$/.test(value)) return refuse(t('Type a whole number in digits, e.g. 100, or leave the box empty for unlimited uses.'));
  const limit = Number(value);
  if (!Number.isSafeInteger(limit)) return refuse(t('That number is too large for a use limit.'));
  if (limit === 0) return refuse(t('A use limit of 0 would let nobody in: type 1 or more, or leave the box empty for unlimited uses.'));
  const uses = options.uses ?? 0;
  if (uses > 0 && limit <= uses) {
    return refuse(uses === 1
      ? t('This link has been used once already: the new limit must be greater than 1 (at least 2).')
      : t('This link has been used {0} times already: the new limit must be greater than {0} (at least {1}).', uses, uses + 1));
  }
  return { ok: true, value: limit };
}

/** "Unlimited", "1 use", "100 uses". */
export function describeUseLimit(limit: number | null | undefined): string {
  if (limit === null || limit === undefined) return t('Unlimited');
  return limit === 1 ? t('1 use') : t('{0} uses', limit);
}

/** A use limit given as a command argument (a number or a string), as the text it would be typed as. */
export function useLimitArgText(value: number | string): string {
  return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : String(value);
}
