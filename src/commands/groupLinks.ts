// Group Links By… status / agent / none. Persists; no request.
import vscode = require('vscode');
import type { LinksView } from '../tree/linksView';
import { GROUP_BY_CHOICES, GROUP_BY_LABELS, type GroupBy } from '../tree/viewOptions';

/**
 * @param value optional, skips the QuickPick: 'none' | 'status' | 'agent'
 * @returns the grouping now applied, or undefined when cancelled
 */
export async function groupLinks(view: LinksView, value: unknown): Promise<GroupBy | undefined> {
  let groupBy: GroupBy | undefined;
  if (typeof value === 'string') {
    groupBy = GROUP_BY_CHOICES.find((g) => g === value);
    if (!groupBy) {
      void vscode.window.showErrorMessage(`Unknown grouping "${value}". Use one of: ${GROUP_BY_CHOICES.join(', ')}.`);
      return undefined;
    }
  } else {
    const items = GROUP_BY_CHOICES.map((g) => ({
      label: g === 'none' ? 'No Grouping' : `By ${GROUP_BY_LABELS[g]}`,
      description: g === view.groupBy ? 'current' : undefined,
      groupBy: g,
    }));
    groupBy = (await vscode.window.showQuickPick(items, { title: 'Group AgentHuman Links', placeHolder: 'Group the links by…' }))?.groupBy;
  }
  if (!groupBy) return undefined;
  view.setGroupBy(groupBy);
  return groupBy;
}
