// Registers a command whose failures are reported, never thrown: no unhandled rejection,
// no stack trace in a notification. The handler's value is the command's result.
import vscode = require('vscode');
import type { CommandId } from '../commandIds';
import type { Failures } from './reporter';

/** Where a command is registered and its failures go (the extension's services have both). */
export interface CommandHost {
  readonly context: { readonly subscriptions: { dispose(): unknown }[] };
  readonly failures: Failures;
}

export function registerSafeCommand(
  services: CommandHost,
  id: CommandId,
  failure: string,
  handler: (...args: unknown[]) => unknown,
): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        if (error instanceof StepFailure) services.failures.report(error.error, { action: error.failure });
        else services.failures.report(error, { action: failure });
        return undefined;
      }
    }),
  );
}

/**
 * Runs one step of a safe command's handler so that its failure is reported as `failure`
 * instead of the command's own message, e.g. with the name of the link the user picked.
 */
export async function failingAs<T>(failure: string, step: () => T | PromiseLike<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new StepFailure(failure, error);
  }
}

/** Carries a step's failure and its message up to registerSafeCommand, which reports the original error. */
class StepFailure extends Error {
  constructor(
    readonly failure: string,
    readonly error: unknown,
  ) {
    super(failure);
  }
}
