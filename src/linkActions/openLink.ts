// Open in Browser: the share URL with the system browser.
import vscode = require('vscode');
import { quotedLinkName } from '../links/linkNames';
import type { Services } from '../services';
import { resolveLinks } from './pickLink';
import { t } from '../text/translate';

/** Resolves true when VS Code opened the URL. */
export async function openLink(services: Services, clicked: unknown, selected: unknown): Promise<boolean> {
  const [link] = (await resolveLinks(services, clicked, selected, { placeHolder: t('Select the link to open in the browser') })) ?? [];
  if (!link) return false;
  const uri = vscode.Uri.parse(link.url, true);
  // The schema accepts only http(s) URLs; checked again here because this opens it.
  if (uri.scheme !== 'https' && uri.scheme !== 'http') {
    void vscode.window.showErrorMessage(t('The URL of link {0} is not a web address; it was not opened.', quotedLinkName(link)));
    return false;
  }
  return vscode.env.openExternal(uri);
}
