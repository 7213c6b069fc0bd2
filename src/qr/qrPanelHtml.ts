// The QR code panel's page. Pure: no `vscode` import, so the escaping and the
// Content-Security-Policy are unit-tested in plain Node.
//
// Nothing remote and nothing inline without the nonce: the CSP allows images only from
// data: URIs and the webview's own resources, styles only from the webview's resources
// and the nonce'd <style>, scripts only the nonce'd <script>. A fresh nonce per render.
// Every text that came from the API (name, URL) is escaped; the SVG is the `qrcode`
// library's output, numbers and fixed colours only.
import { randomBytes } from 'node:crypto';
import { inertText } from '../text/inertText';
import { t } from '../text/translate';

/** What the page's buttons post to the extension. */
export const QR_PANEL_COMMANDS = ['copy', 'saveSvg', 'savePng'] as const;
export type QrPanelCommand = (typeof QR_PANEL_COMMANDS)[number];

export interface QrPanelContent {
  /** The webview's `cspSource`. */
  cspSource: string;
  /** The link's display name (API text). */
  name: string;
  /** The link's URL (API text). */
  url: string;
  /** The QR code as an `<svg>` element, from qrImage.ts. */
  svg: string;
  /** VS Code's display language: the page's `lang`. */
  language: string;
  /** Only for tests; a fresh random one otherwise. */
  nonce?: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

/** The command a webview message asks for, or undefined for anything else. */
export function parseQrPanelMessage(message: unknown): QrPanelCommand | undefined {
  if (!message || typeof message !== 'object' || Array.isArray(message)) return undefined;
  const { command } = message as { command?: unknown };
  return typeof command === 'string' && (QR_PANEL_COMMANDS as readonly string[]).includes(command)
    ? (command as QrPanelCommand)
    : undefined;
}

export function renderQrPanelHtml(content: QrPanelContent): string {
  const nonce = escapeHtml(content.nonce ?? createNonce());
  const source = escapeHtml(content.cspSource);
  const csp = [
    "default-src 'none'",
    `img-src data: ${source}`,
    `style-src ${source} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  // Network text: made inert (nothing hidden or reversed), then escaped for HTML.
  const name = escapeHtml(inertText(content.name));
  const url = escapeHtml(inertText(content.url, { maxLength: 2000 }));
  // Our words, in the user's language: escaped too (a translation may hold "&" or quotes).
  const words = {
    title: escapeHtml(t('QR Code: {0}', inertText(content.name))),
    image: escapeHtml(t('QR code of {0}', inertText(content.url, { maxLength: 2000 }))),
    hint: escapeHtml(t('Point a phone camera at the code to open the link.')),
    copy: escapeHtml(t('Copy Link')),
    saveSvg: escapeHtml(t('Save as {0}', 'SVG')),
    savePng: escapeHtml(t('Save as {0}', 'PNG')),
  };
  const lang = escapeHtml(content.language);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${words.title}</title>
<style nonce="${nonce}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 24px; }
main { max-width: 420px; margin: 0 auto; text-align: center; }
h1 { font-size: 1.4em; font-weight: 600; margin: 0 0 4px; overflow-wrap: anywhere; }
.url { font-family: var(--vscode-editor-font-family); color: var(--vscode-textLink-foreground); overflow-wrap: anywhere; margin: 0 0 16px; user-select: text; }
/* The code stays black on white in every theme, so that phones can scan it. */
.card { background: #fff; border: 1px solid var(--vscode-contrastBorder, transparent); border-radius: 6px; width: min(100%, 320px); margin: 0 auto 8px; }
.card svg { display: block; width: 100%; height: auto; }
.hint { color: var(--vscode-descriptionForeground); margin: 0 0 16px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: center; }
button { font: inherit; padding: 4px 12px; border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; color: var(--vscode-button-foreground); background: var(--vscode-button-background); cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
</style>
</head>
<body>
<main>
  <h1>${name}</h1>
  <p class="url" title="${url}">${url}</p>
  <div class="card" role="img" aria-label="${words.image}">${content.svg}</div>
  <p class="hint">${words.hint}</p>
  <div class="actions">
    <button type="button" data-command="copy">${words.copy}</button>
    <button type="button" class="secondary" data-command="saveSvg">${words.saveSvg}</button>
    <button type="button" class="secondary" data-command="savePng">${words.savePng}</button>
  </div>
</main>
<script nonce="${nonce}">
  (function () {
    const vscode = acquireVsCodeApi();
    for (const button of document.querySelectorAll('button[data-command]')) {
      button.addEventListener('click', () => vscode.postMessage({ command: button.dataset.command }));
    }
  })();
</script>
</body>
</html>
`;
}
