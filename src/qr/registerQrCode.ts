// "Show QR Code": from a link's context menu, with a link (or its id) as argument, or
// from the command palette with a link picker.
import * as vscode from 'vscode';
import { quotedLinkName } from '../links/linkLabel';
import { resolveLinks } from '../links/pickLink';
import type { Services } from '../services';
import { QrPanels } from './qrPanel';

export function registerQrCode(services: Services): void {
  const panels = new QrPanels(services);
  services.context.subscriptions.push(
    panels,
    vscode.commands.registerCommand(
      'agenthuman.showQrCode',
      async (clicked?: unknown, selected?: unknown): Promise<vscode.WebviewPanel | undefined> => {
        const [link] = (await resolveLinks(services, clicked, selected, { placeHolder: 'Show the QR code of which link?' })) ?? [];
        if (!link) return undefined;
        try {
          return panels.show(link);
        } catch (error) {
          services.errors.report(error, `Could not make a QR code of ${quotedLinkName(link)}`);
          return undefined;
        }
      },
    ),
  );
}
