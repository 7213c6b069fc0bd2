// VS Code's secret storage (the operating system's keychain) failed: e.g. Linux without a
// keyring. Its message says what to do; it is shown as it is. No `vscode` import here.
import { UserFacingError } from '../failures/userFacingError';

export class SecretStorageError extends UserFacingError {
  override readonly name = 'SecretStorageError';

  constructor(operation: 'read' | 'store' | 'remove', cause: unknown) {
    super(
      `VS Code could not ${operation} the API key in its secret storage (the operating system's keychain). ` +
        'On Linux, make sure a keyring such as GNOME Keyring or KWallet is installed and unlocked, then try again. ' +
        'The key is never stored in plain settings instead.',
      { cause },
    );
  }
}
