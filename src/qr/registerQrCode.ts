// "Show QR Code": from a link's context menu, with a link (or its id) as argument, or
// from the command palette with a link picker. The panel and the QR encoder are a
// separate file of the bundle (dist/qrPanel.js, see esbuild.mjs), loaded on first use:
// activation does not pay for a feature most sessions never open.
import type * as vscode from 'vscode';
import { COMMAND } from '../commandIds';
import { failingAs, registerSafeCommand } from '../failures/safeCommand';
import { resolveLinks } from '../linkActions/pickLink';
import { quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import type { QrPanels } from './qrPanel';
import { t } from '../text/translate';

export function registerQrCode(services: Services): void {
  let panels: Promise<QrPanels> | undefined;
  const loadPanels = () =>
    (panels ??= import('./qrPanel.js').then(({ QrPanels }) => {
      const created = new QrPanels(services);
      services.context.subscriptions.push(created);
      return created;
    }));

  registerSafeCommand(
    services,
    COMMAND.showQrCode,
    t('Could not show the QR code'),
    async (clicked?: unknown, selected?: unknown): Promise<vscode.WebviewPanel | undefined> => {
      const [link] = (await resolveLinks(services, clicked, selected, { placeHolder: t('Show the QR code of which link?') })) ?? [];
      if (!link) return undefined;
      return failingAs(t('Could not make a QR code of {0}', quotedLinkName(link)), async () => (await loadPanels()).show(link));
    },
  );
}
