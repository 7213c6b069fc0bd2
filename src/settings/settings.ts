// Reads the extension's settings. The API base URL is read only from the user
// (application) level and the default, never from a workspace: a repository must not be
// able to send the user's key to a host of its choosing.
import vscode = require('vscode');
import { DEFAULT_API_BASE_URL } from '../api/baseUrl';
import type { AttentionThresholds } from '../attention/attention';

export const SECTION = 'agenthuman';

export function apiBaseUrl(): string {
  const inspected = vscode.workspace.getConfiguration(SECTION).inspect<string>('apiBaseUrl');
  const value = inspected?.globalValue ?? inspected?.defaultValue ?? DEFAULT_API_BASE_URL;
  return value.trim() || DEFAULT_API_BASE_URL;
}

/** 0 = off; any other value is at least 30 seconds. */
export function autoRefreshSeconds(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('autoRefreshSeconds', 0);
  if (!Number.isFinite(value) || value <= 0) return 0;
  return Math.max(30, Math.round(value));
}

export function copyOnCreate(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('copyOnCreate', false);
}

export function attentionThresholds(): AttentionThresholds {
  const config = vscode.workspace.getConfiguration(SECTION);
  const hours = config.get<number>('attention.expiresWithinHours', 24);
  const ratio = config.get<number>('attention.usageRatio', 0.9);
  return {
    expiresWithinHours: Number.isFinite(hours) && hours >= 0 ? hours : 24,
    usageRatio: Number.isFinite(ratio) && ratio >= 0 && ratio <= 1 ? ratio : 0.9,
  };
}

/** Show the count of links that need attention in the status bar (off by default). */
export function showAttentionInStatusBar(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('statusBar.attention', false);
}

export function affects(event: vscode.ConfigurationChangeEvent, key: string): boolean {
  return event.affectsConfiguration(`${SECTION}.${key}`);
}

// ---- links in files (src/linkUsages; the severity of each kind of problem is read there, with the kinds) ----

/** Hover, problems, quick fixes and completion for links used in files. */
export function linksInEditorEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('linksInEditor.enabled', true) !== false;
}

/** Files larger than this are not scanned (the workspace check, and open documents), in bytes. */
export function maxScannedFileSize(): number {
  const kb = vscode.workspace.getConfiguration(SECTION).get<number>('linksInEditor.maxFileSizeKB', 1024);
  return (Number.isFinite(kb) && kb >= 1 ? Math.floor(kb) : 1024) * 1024;
}
