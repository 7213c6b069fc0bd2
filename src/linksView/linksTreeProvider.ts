// The TreeDataProvider of the Links view. It only maps what the view controller decides
// to show onto tree items; commands invoked on an item receive its node, `{kind: 'link', link}`.
// A long list ends with a "Show More" node (viewPages.ts).
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import type { AttentionThresholds } from '../attention/attention';
import { groupTreeItem, linkTooltip, linkTreeItem, moreTreeItem } from './linkTreeItem';
import type { LinkGroup } from './viewOptions';

export interface LinkNode {
  readonly kind: 'link';
  readonly link: Link;
}

export interface GroupNode {
  readonly kind: 'group';
  readonly group: LinkGroup;
}

/** The row after a page of a list: clicking it shows the next page. */
export interface MoreNode {
  readonly kind: 'more';
  /** The list it ends: TOP_LEVEL or a group's id. */
  readonly list: string;
  /** How many links of the list are shown, and how many follow, not shown. */
  readonly shown: number;
  readonly hidden: number;
  /** The group whose list it ends. */
  readonly parent?: GroupNode;
}

export type LinksTreeNode = LinkNode | GroupNode | MoreNode;

export function linkNodes(links: readonly Link[]): LinkNode[] {
  return links.map((link) => ({ kind: 'link', link }));
}

export interface LinksTreeSource {
  /**
   * The top-level nodes to show (empty lets the welcome content show), once what they depend on
   * is known; VS Code asks for them whenever it shows the view.
   */
  roots(): LinksTreeNode[] | Promise<LinksTreeNode[]>;
  /** The nodes in a group: a page of its links, and a "Show More" node when some follow. */
  children(group: GroupNode): LinksTreeNode[];
  /** The current time, for "expires in" and attention. */
  now(): number;
  /** When a link needs attention (from the settings). */
  attentionThresholds(): AttentionThresholds;
  /** The group a link is shown in, when grouping (TreeView.reveal needs it). */
  parentOf(node: LinksTreeNode): LinksTreeNode | undefined;
}

export class LinksTreeProvider implements vscode.TreeDataProvider<LinksTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly source: LinksTreeSource) {}

  /** Renders everything again from memory (no request). */
  refresh(): void {
    this.changed.fire();
  }

  getTreeItem(node: LinksTreeNode): vscode.TreeItem {
    if (node.kind === 'link') return linkTreeItem(node.link, this.source.now(), this.source.attentionThresholds());
    return node.kind === 'group' ? groupTreeItem(node.group) : moreTreeItem(node);
  }

  getParent(node: LinksTreeNode): LinksTreeNode | undefined {
    return this.source.parentOf(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: LinksTreeNode): vscode.TreeItem {
    if (node.kind === 'link') item.tooltip = linkTooltip(node.link, this.source.now(), this.source.attentionThresholds());
    return item;
  }

  getChildren(node?: LinksTreeNode): LinksTreeNode[] | Promise<LinksTreeNode[]> {
    if (!node) return this.source.roots();
    return node.kind === 'group' ? this.source.children(node) : [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
