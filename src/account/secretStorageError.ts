// VS Code's secret storage (the operating system's keychain) failed: e.g. Linux without a
// keyring. Its message says what to do; it is shown as it is. No `vscode` import here.
import { UserFacingError } from '../failures/userFacingError';
import { t } from '../text/translate';

export class SecretStorageError extends UserFacingError {
  override readonly name = 'SecretStorageError';

  constructor(operation: 'read' | 'store' | 'remove', cause: unknown) {
    super(`${failed(operation)} ${t('On Linux, make sure a keyring such as GNOME Keyring or KWallet is installed and unlocked, then try again. The key is never stored in plain settings instead.')}`, { cause });
  }
}

function failed(operation: 'read' | 'store' | 'remove'): string {
  switch (operation) {
    case 'read':
      return t("VS Code could not read the API key in its secret storage (the operating system's keychain).");
    case 'store':
      return t("VS Code could not store the API key in its secret storage (the operating system's keychain).");
    case 'remove':
      return t("VS Code could not remove the API key in its secret storage (the operating system's keychain).");
  }
}
