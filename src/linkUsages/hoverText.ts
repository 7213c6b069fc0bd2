// The hover on a link used in a file, as Markdown: actions as command links, then the details
// the Links view's tooltip shows (name, status, uses / limit, expiry, agent). Its problem, if
// any, is the diagnostic's message, which VS Code shows in the same hover.
// The hover's MarkdownString trusts only HOVER_COMMANDS; every text from the API is escaped
// (escapeMarkdown, through tooltipMarkdown) and no text from the network becomes a command or
// its name: the arguments are the link id, which the recogniser allows only in A-Z a-z 0-9 _ -.
// Our own words (and their translations, which ship with the extension) are Markdown as written.
// Pure: no `vscode` import.
import { attentionReasons, type AttentionThresholds } from '../attention/attention';
import { COMMAND } from '../commandIds';
import { effectiveStatus } from '../links/linkStatus';
import { tooltipMarkdown } from '../linksView/linkPresentation';
import { escapeMarkdown } from '../text/markdown';
import { t } from '../text/translate';
import type { LinkState } from './linkState';
import { problemMessage } from './problems';

/** The only commands a hover may run (MarkdownString.isTrusted = { enabledCommands }). */
export const HOVER_COMMANDS = [
  COMMAND.copyLink,
  COMMAND.pauseLink,
  COMMAND.resumeLink,
  COMMAND.editLink,
  COMMAND.showQrCode,
  COMMAND.revealLink,
  COMMAND.setApiKey,
  COMMAND.refresh,
  COMMAND.clearFilter,
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** `[label](command:id?args)`: the arguments JSON-encoded, then URI-encoded. */
export function commandLink(label: string, command: HoverCommand, args: readonly unknown[] = []): string {
  const query = args.length ? `?${encodeURIComponent(JSON.stringify(args))}` : '';
  return `[${escapeMarkdown(label)}](command:${command}${query})`;
}

export interface HoverContext {
  /** An API key is stored (else the hover offers Set API Key). */
  hasKey: boolean;
  thresholds: AttentionThresholds;
  now: number;
  /** VS Code's display language, for the dates and durations. */
  language: string;
  /** For the dates of the details; default the user's. */
  timeZone?: string;
}

export function hoverMarkdown(linkId: string, state: LinkState, context: HoverContext): string {
  const id = `\`${linkId}\``; // the recogniser's id: only A-Z a-z 0-9 _ -, safe in a code span
  const heading = `**${t('AgentHuman share link')}** ${id}`;
  switch (state.kind) {
    case 'unknown':
      if (!context.hasKey) return `${heading}\n\n${t('{0} to see its status.', commandLink(t('Set API Key'), COMMAND.setApiKey))}`;
      if (state.why === 'filtered') {
        return `${heading}\n\n${t("The Links view lists only some of your links (it is filtered), so this one's status is not known here.")} ${commandLink(t('Clear Filter'), COMMAND.clearFilter)}`;
      }
      return `${heading}\n\n${t('Its status is not known: the links are not loaded.')} ${commandLink(t('Refresh Links'), COMMAND.refresh)}`;
    case 'notInAccount':
      return `${heading}\n\n${escapeMarkdown(problemMessage(state, linkId, context.now, context.language))}`;
    default: {
      // The problem itself, if any, VS Code shows above (the diagnostic's message); the actions
      // come first, so that they are in view however short the hover is.
      const { link } = state;
      const details = tooltipMarkdown(link, context.now, context.language, context.timeZone, attentionReasons(link, context.thresholds, context.now));
      return `${actions(link.link_id, effectiveStatus(link, context.now))}\n\n${details}`;
    }
  }
}

function actions(linkId: string, status: string): string {
  const links = [commandLink(t('Copy'), COMMAND.copyLink, [linkId])];
  if (status === 'active') links.push(commandLink(t('Pause'), COMMAND.pauseLink, [linkId]));
  if (status === 'paused') links.push(commandLink(t('Resume'), COMMAND.resumeLink, [linkId]));
  links.push(
    commandLink(t('Edit'), COMMAND.editLink, [linkId]),
    commandLink(t('Show QR Code'), COMMAND.showQrCode, [linkId]),
    commandLink(t('Reveal in Links View'), COMMAND.revealLink, [linkId, { show: true }]),
  );
  return links.join(' · ');
}
