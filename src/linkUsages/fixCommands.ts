// The commands behind the quick fixes (internal: they take the link, not a picker).
//   agenthuman.extendLinkExpiry(linkId, days)        → one PUT of expires_at; the link as the server returned it
//   agenthuman.raiseLinkUseLimit(linkId, limit?)     → one PUT of use_limit (default: raisedUseLimit)
//   agenthuman.replaceLinkInDocument(uri, linkId, createArgs?)
//       → Create Link prefilled from the old link (agent, name, use limit; the expiry is the
//         user's choice), then ONE WorkspaceEdit replacing every use of the old link in the
//         document (URLs by the new URL, ids by the new id): one step to undo. With
//         `createArgs` (e.g. `{ expiresAt: '30d' }`), the link is created without prompts.
//         Resolves `{ link, replaced }`, or undefined when nothing was created.
// Changes go through the link store (updateLink: progress, and a failure reported with Retry).
import vscode = require('vscode');
import type { Link, UpdateLinkRequest } from '../api/schemas';
import { COMMAND } from '../commandIds';
import { registerSafeCommand } from '../failures/safeCommand';
import { updateLink } from '../linkActions/updateLink';
import { inertText, quotedLinkName } from '../links/linkNames';
import { effectiveStatus } from '../links/linkStatus';
import type { Services } from '../services';
import { formatLocalDateTime } from '../text/time';
import { t } from '../text/translate';
import type { EditorLinks } from './editorLinks';
import { EXTEND_DAYS, extendedExpiry, raisedUseLimit } from './fixes';
import { findLinkUsages } from './recogniser';

export function registerFixCommands(services: Services, links: EditorLinks): void {
  registerSafeCommand(services, COMMAND.extendLinkExpiry, t('Could not extend the link'), (linkId, days) => extendExpiry(services, linkId, days));
  registerSafeCommand(services, COMMAND.raiseLinkUseLimit, t('Could not raise the use limit'), (linkId, limit) => raiseUseLimit(services, linkId, limit));
  registerSafeCommand(services, COMMAND.replaceLinkInDocument, t('Could not replace the link'), (uri, linkId, args) =>
    replaceInDocument(services, links, uri, linkId, args),
  );
}

/** The link from the list held (the quick fix was offered for it); says so when it has gone since. */
function heldLink(services: Services, linkId: unknown): Link | undefined {
  const link = typeof linkId === 'string' ? services.store.find(linkId) : undefined;
  if (!link) void vscode.window.showInformationMessage(t('The link {0} is no longer in the list of links.', inertText(String(linkId))));
  return link;
}

async function extendExpiry(services: Services, linkId: unknown, days: unknown): Promise<Link | undefined> {
  const link = heldLink(services, linkId);
  if (!link) return undefined;
  const span = typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : EXTEND_DAYS[0];
  const at = extendedExpiry(link, span, services.clock());
  const name = quotedLinkName(link);
  const to = formatLocalDateTime(at, vscode.env.language);
  return change(services, link, { expires_at: new Date(at).toISOString() }, {
    doing: t('Extending {0}…', name),
    done: t('Extended link {0} to {1}', name, to),
    stillExpired: t('Extended link {0} to {1}, but the link is still expired.', name, to),
  });
}

async function raiseUseLimit(services: Services, linkId: unknown, limit: unknown): Promise<Link | undefined> {
  const link = heldLink(services, linkId);
  if (!link) return undefined;
  const valid = typeof limit === 'number' && Number.isSafeInteger(limit) && limit > link.uses;
  const value = valid ? limit : raisedUseLimit(link);
  const name = quotedLinkName(link);
  return change(services, link, { use_limit: value }, {
    doing: t('Raising the use limit of {0}…', name),
    done: t('Raised the use limit of {0} to {1}', name, value),
    stillExpired: t('Raised the use limit of {0} to {1}, but the link is still expired.', name, value),
  });
}

/** One PUT; says what the server kept when the link is still expired (it decides, e.g. for a link past both its date and its limit). */
async function change(
  services: Services,
  link: Link,
  changes: UpdateLinkRequest,
  words: { doing: string; done: string; stillExpired: string },
): Promise<Link | undefined> {
  const updated = await updateLink(services, link, changes, words.doing);
  if (!updated) return undefined;
  if (effectiveStatus(updated, services.clock()) === 'expired') {
    void vscode.window.showInformationMessage(words.stillExpired);
  } else {
    vscode.window.setStatusBarMessage(`$(check) ${words.done}`, 4000);
  }
  return updated;
}

/** What Create Link is run with: prefilled from the old link, or created at once with `args`. */
function createArguments(old: Link | undefined, linkId: string, args: unknown): unknown {
  if (args && typeof args === 'object' && !Array.isArray(args)) {
    const like = old ? { agentId: old.agent.agent_id, name: old.name ?? undefined, useLimit: old.use_limit } : {};
    return { ...like, ...args };
  }
  return old ? { prefillFrom: linkId } : undefined;
}

async function replaceInDocument(
  services: Services,
  links: EditorLinks,
  uriArg: unknown,
  linkId: unknown,
  args: unknown,
): Promise<{ link: Link; replaced: number } | undefined> {
  const uri = uriArg instanceof vscode.Uri ? uriArg : typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : undefined;
  if (!uri || typeof linkId !== 'string') return undefined;
  const old = services.store.find(linkId);
  const created = await vscode.commands.executeCommand<Link | undefined>(COMMAND.createLink, createArguments(old, linkId, args));
  if (!created) return undefined;
  // The document as it is now (it may have changed while the flow was open).
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  let replaced = 0;
  for (const usage of findLinkUsages(document.getText(), links.prefixes())) {
    if (usage.linkId !== linkId) continue;
    const url = usage.form === 'url';
    // A URL keeps its query string and fragment; its scheme, host and id become the new link's.
    const range = new vscode.Range(document.positionAt(url ? usage.start : usage.idStart), document.positionAt(usage.idEnd));
    edit.replace(uri, range, url ? created.url : created.link_id);
    replaced++;
  }
  if (replaced && !(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(t('Created link {0}, but the document could not be edited: replace {1} by hand.', quotedLinkName(created), inertText(linkId)));
    return { link: created, replaced: 0 };
  }
  const message = replaced === 1
    ? t('Replaced the use of {0} with {1}', inertText(linkId), quotedLinkName(created))
    : t('Replaced {0} uses of {1} with {2}', replaced, inertText(linkId), quotedLinkName(created));
  vscode.window.setStatusBarMessage(`$(check) ${message}`, 4000);
  return { link: created, replaced };
}
