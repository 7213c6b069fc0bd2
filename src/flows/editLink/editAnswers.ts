// What the user changed in Edit Link, and the PUT body it makes: only the changed fields.
// Pure data: no prompt, no request. No `vscode` import here.
import type { LinkStatus } from '../../api/identifiers';
import type { Link, UpdateLinkRequest } from '../../api/schemas';
import { inertText } from '../../text/inertText';
import { hasExpired } from '../../links/linkStatus';
import { formatLocalDateTime } from '../../text/time';
import { t } from '../../text/translate';
import { type ExpiryChoice, expiryToIso, sameExpiry } from '../inputs/expiryInput';


/** The pending changes; undefined = unchanged, null = cleared / never / unlimited. */
export interface EditAnswers {
  name?: string | null;
  status?: LinkStatus;
  expiry?: ExpiryChoice;
  expiryTyped?: string;
  useLimit?: number | null;
}

export type Field = 'name' | 'status' | 'expiry' | 'useLimit';

/** A field as the Save row lists it: "name", "use limit". */
export function fieldLabel(field: Field): string {
  switch (field) {
    case 'name':
      return t('name');
    case 'status':
      return t('status');
    case 'expiry':
      return t('expiry');
    case 'useLimit':
      return t('use limit');
  }
}

export function describeName(name: string | null): string {
  return name?.trim() ? t('“{0}”', inertText(name)) : t('(no name)');
}

export function currentExpiry(link: Link): ExpiryChoice {
  if (link.expires_at === null) return { kind: 'never' };
  const at = Date.parse(link.expires_at);
  return { kind: 'absolute', at, text: link.expires_at };
}

/** "Never", "Tue, 21 Jan 2025, 14:05", or with "(passed)" when the date is behind `now`. */
export function describeCurrentExpiry(link: Link, now: number, language: string): string {
  if (link.expires_at === null) return t('Never');
  const at = formatLocalDateTime(Date.parse(link.expires_at), language);
  return hasExpired(link, now) ? t('{0} (passed)', at) : at;
}

export function changedFields(answers: EditAnswers): Field[] {
  const fields: Field[] = [];
  if (answers.name !== undefined) fields.push('name');
  if (answers.status !== undefined) fields.push('status');
  if (answers.expiry !== undefined) fields.push('expiry');
  if (answers.useLimit !== undefined) fields.push('useLimit');
  return fields;
}

/** Drops "changes" that equal the link's current values (e.g. prefilled for Retry after a refresh). */
export function normalize(link: Link, answers: EditAnswers): EditAnswers {
  if (answers.name !== undefined && answers.name === (link.name?.trim() || null)) answers.name = undefined;
  if (answers.status === link.status) answers.status = undefined;
  if (answers.expiry && sameExpiry(answers.expiry, currentExpiry(link))) answers.expiry = undefined;
  if (answers.useLimit !== undefined && answers.useLimit === link.use_limit) answers.useLimit = undefined;
  return answers;
}

/** The PUT body: only the changed fields; relative expiries resolved now. */
export function toUpdateRequest(answers: EditAnswers, now: number):
  { ok: true; request: UpdateLinkRequest } | { ok: false; field: Field; message: string } {
  const request: UpdateLinkRequest = {};
  if (answers.name !== undefined) request.name = answers.name;
  if (answers.status !== undefined) request.status = answers.status;
  if (answers.expiry !== undefined) request.expires_at = expiryToIso(answers.expiry, now);
  if (answers.useLimit !== undefined) request.use_limit = answers.useLimit;
  if (!Object.keys(request).length) return { ok: false, field: 'name', message: t('Nothing was changed.') };
  return { ok: true, request };
}
