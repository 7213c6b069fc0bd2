// Registers a command whose failures are reported, never thrown: no unhandled rejection,
// no stack trace in a notification. The handler's value is the command's result.
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerSafeCommand(
  services: Services,
  id: string,
  failure: string,
  handler: (...args: unknown[]) => unknown,
): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        services.errors.report(error, failure);
        return undefined;
      }
    }),
  );
}
