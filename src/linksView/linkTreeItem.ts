// A tree item from a link, a group or a "Show More" row, with the presentation of linkPresentation.ts.
import vscode = require('vscode');
import { COMMAND } from '../commandIds';
import { formatCount } from '../text/locale';
import { t } from '../text/translate';
import type { Link } from '../api/schemas';
import { effectiveStatus } from '../links/linkStatus';
import { type AttentionThresholds, attentionReasons } from '../attention/attention';
import {
  accessibilityLabel,
  ATTENTION_COLOR,
  linkContextValue,
  linkDescription,
  linkLabel,
  statusPresentation,
  tooltipMarkdown,
} from './linkPresentation';
import type { LinkGroup } from './viewOptions';
import { PAGE_SIZE } from './viewPages';

/** Built for every link each time the view is drawn: each part is worked out once. */
export function linkTreeItem(link: Link, now: number, thresholds: AttentionThresholds): vscode.TreeItem {
  const label = linkLabel(link);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  const attention = attentionReasons(link, thresholds, now);
  item.id = link.link_id;
  const language = vscode.env.language;
  const description = linkDescription(link, now, language, attention);
  item.description = description;
  item.contextValue = linkContextValue(link, now);
  const status = statusPresentation(effectiveStatus(link, now));
  item.iconPath = new vscode.ThemeIcon(status.icon, new vscode.ThemeColor(attention.length ? ATTENTION_COLOR : status.color));
  // The screen reader's description has no short "expires in 5 h": the same text unless that is in it.
  const plain = attention.some((reason) => reason.kind === 'expiresSoon') ? undefined : description;
  item.accessibilityInformation = { label: accessibilityLabel(link, now, language, { label, description: plain }) };
  return item;
}

/**
 * The item's tooltip, built when the user hovers it (TreeDataProvider.resolveTreeItem)
 * rather than for every item. Every API text in it is escaped, and nothing in it may run
 * a command or render HTML.
 */
export function linkTooltip(link: Link, now: number, thresholds: AttentionThresholds): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(tooltipMarkdown(link, now, vscode.env.language, undefined, attentionReasons(link, thresholds, now)));
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.supportThemeIcons = false;
  return tooltip;
}

export function groupTreeItem(group: LinkGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = group.id;
  item.description = group.description;
  item.contextValue = 'group';
  return item;
}

/**
 * "Show 200 More · 200 of 5,000 shown": a click (or Enter) shows the next page (the command
 * gets the node, linksTreeProvider.ts's MoreNode). Its id names how many are shown, so the row
 * after the next page is a new row, not this one moved.
 */
export function moreTreeItem(node: { readonly list: string; readonly shown: number; readonly hidden: number }): vscode.TreeItem {
  const language = vscode.env.language;
  const label = t('Show {0} More', formatCount(Math.min(PAGE_SIZE, node.hidden), language));
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `more:${node.list}:${node.shown}`;
  item.description = t('{0} of {1} shown', formatCount(node.shown, language), formatCount(node.shown + node.hidden, language));
  item.iconPath = new vscode.ThemeIcon('more');
  item.contextValue = 'more';
  item.command = { command: COMMAND.showMoreLinks, title: label, arguments: [node] };
  return item;
}
