// An error whose message is written for the user and says what to do (e.g. the keychain
// failed): the reporter shows it as it is, without "Could not …:" in front. No `vscode` import.

const BRAND = Symbol.for('agenthuman-links.UserFacingError');

export class UserFacingError extends Error {
  readonly [BRAND] = true;
}

/** By a registered symbol rather than `instanceof`: the bundle's lazily loaded files each have a copy of the class. */
export function isUserFacingError(error: unknown): error is UserFacingError {
  return typeof error === 'object' && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true;
}
