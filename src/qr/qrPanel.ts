// The QR code panels: one webview panel per link (showing a link again reveals its
// panel), with Copy Link, Save as SVG and Save as PNG. The page can only post one of
// three known commands; anything else it sends is ignored.
import * as os from 'node:os';
import vscode = require('vscode');
import type { Link } from '../api/schemas';
import { linkDisplayName, quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { createQrImage, type QrImage } from './qrImage';
import { qrFileName } from './qrFileName';
import { parseQrPanelMessage, renderQrPanelHtml, type QrPanelCommand } from './qrPanelHtml';
import { t } from '../text/translate';

const VIEW_TYPE = 'agenthuman.qrCode';

interface OpenPanel {
  readonly panel: vscode.WebviewPanel;
  link: Link;
  qr: QrImage;
}

type ImageFormat = 'svg' | 'png';

const FORMATS: Record<ImageFormat, { filterName: () => string; bytes: (qr: QrImage) => Uint8Array }> = {
  svg: {
    filterName: () => t('SVG Image'),
    bytes: (qr) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${qr.svg()}\n`),
  },
  png: { filterName: () => t('PNG Image'), bytes: (qr) => qr.png() },
};

export class QrPanels implements vscode.Disposable {
  private readonly open = new Map<string, OpenPanel>();
  private readonly subscriptions: vscode.Disposable[];
  /** Where the last QR code was saved in this session: the next save starts there. */
  private lastFolder: vscode.Uri | undefined;

  constructor(private readonly services: Services) {
    this.subscriptions = [
      // A link renamed (or given a new URL) while its panel is open: show the new one. A
      // deleted link's URL no longer works: its code must not stay on screen to be scanned.
      services.store.onDidChange((change) => {
        if (change.type === 'upsert') this.update(change.link);
        else if (change.type === 'remove') this.open.get(change.linkId)?.panel.dispose();
      }),
      // Another key or server is another account: its links' codes are not this one's to show.
      services.account.onDidChangeAccount(() => this.closeAll()),
    ];
  }

  /**
   * Shows the link's QR code, in its existing panel if it has one.
   * Throws, before any panel opens, when the URL cannot be encoded.
   */
  show(link: Link): vscode.WebviewPanel {
    const existing = this.open.get(link.link_id);
    if (existing) {
      this.update(link);
      existing.panel.reveal();
      return existing.panel;
    }
    const qr = createQrImage(link.url);
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, panelTitle(link), vscode.ViewColumn.Active, {
      enableScripts: true, // only the page's own nonce'd script; see qrPanelHtml.ts
      enableCommandUris: false,
      localResourceRoots: [],
    });
    panel.iconPath = vscode.Uri.joinPath(this.services.context.extensionUri, 'media', 'agenthuman.svg');
    const entry: OpenPanel = { panel, link, qr };
    this.open.set(link.link_id, entry);
    const messages = panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(entry, message));
    panel.onDidDispose(() => {
      messages.dispose();
      if (this.open.get(link.link_id) === entry) this.open.delete(link.link_id);
    });
    this.render(entry);
    return panel;
  }

  /** The open panel of a link, if any (for tests). */
  panelOf(linkId: string): vscode.WebviewPanel | undefined {
    return this.open.get(linkId)?.panel;
  }

  private update(link: Link): void {
    const entry = this.open.get(link.link_id);
    if (!entry || (entry.link.name === link.name && entry.link.url === link.url)) {
      if (entry) entry.link = link;
      return;
    }
    if (entry.link.url !== link.url) {
      try {
        entry.qr = createQrImage(link.url);
      } catch (error) {
        this.services.failures.report(error, { action: t('Could not make a QR code of the new URL of {0}', quotedLinkName(link)) });
        return;
      }
    }
    entry.link = link;
    entry.panel.title = panelTitle(link);
    this.render(entry);
  }

  private render({ panel, link, qr }: OpenPanel): void {
    panel.webview.html = renderQrPanelHtml({
      cspSource: panel.webview.cspSource,
      name: linkDisplayName(link),
      url: link.url,
      svg: qr.svg(),
      language: vscode.env.language,
    });
  }

  private onMessage(entry: OpenPanel, message: unknown): void {
    const command = parseQrPanelMessage(message);
    if (!command) {
      this.services.log.warn(`QR code panel: ignored an unexpected message: ${safeJson(message)}`);
      return;
    }
    this.run(entry, command).catch((error: unknown) => {
      const name = quotedLinkName(entry.link);
      this.services.failures.report(error, { action: command === 'copy' ? t('Could not copy the link {0}', name) : t('Could not save the QR code of {0}', name) });
    });
  }

  private async run(entry: OpenPanel, command: QrPanelCommand): Promise<void> {
    switch (command) {
      case 'copy':
        await vscode.env.clipboard.writeText(entry.link.url);
        vscode.window.setStatusBarMessage(`$(check) ${t('Copied the link of {0}', quotedLinkName(entry.link))}`, 4000);
        return;
      case 'saveSvg':
        return this.save(entry, 'svg');
      case 'savePng':
        return this.save(entry, 'png');
    }
  }

  private async save(entry: OpenPanel, format: ImageFormat): Promise<void> {
    // The link and code as they are now: the panel may be updated while the dialog is open.
    const { link, qr } = entry;
    const { filterName, bytes } = FORMATS[format];
    const fileName = qrFileName(link, format);
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(this.defaultFolder(), fileName),
      filters: { [filterName()]: [format] },
      saveLabel: t('Save as {0}', format.toUpperCase()),
      title: t('Save the QR code of {0}', quotedLinkName(link)),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, bytes(qr));
    this.lastFolder = vscode.Uri.joinPath(target, '..');
    vscode.window.setStatusBarMessage(`$(check) ${t('Saved the QR code to {0}', target.path.split('/').pop() ?? fileName)}`, 5000);
  }

  /**
   * Where "Save as…" starts: the folder of the last save, else the first workspace folder when
   * VS Code can write there (not a read-only virtual folder), else the user's home. The
   * extension may run on either side of a remote window (extensionKind ["ui", "workspace"]).
   * On the user's machine, the workspace folder is a vscode-remote: URI, which workspace.fs
   * writes through the remote; os.homedir() is always the home of the machine the extension
   * runs on, and a file: URI names that machine's disk on either side, so the home exists.
   */
  private defaultFolder(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const writable = folder !== undefined && vscode.workspace.fs.isWritableFileSystem(folder.scheme) === true;
    return this.lastFolder ?? (writable ? folder : vscode.Uri.file(os.homedir()));
  }

  private closeAll(): void {
    for (const { panel } of [...this.open.values()]) panel.dispose();
    this.open.clear();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.closeAll();
  }
}

function panelTitle(link: Link): string {
  return t('QR Code: {0}', linkDisplayName(link));
}

function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return typeof value;
  }
}
