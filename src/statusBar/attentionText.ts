// What the status-bar count of links that need attention says. Pure: no `vscode` import.
import { t } from '../text/translate';

/** "$(warning) 3", with the same tooltip as the view's badge and what a click does. */
export function attentionStatusText(summary: { count: number; tooltip: string }): { text: string; tooltip: string } {
  return {
    text: `$(warning) ${summary.count}`,
    tooltip: t('AgentHuman: {0}. Click to show them.', summary.tooltip),
  };
}
