// Every command of the extension, registered at activation as a stub: VS Code needs a command
// to exist once the activation it caused is over, but its code need not be loaded until it
// runs. A stub loads the rest of the extension (which replaces the stubs with the commands
// themselves, see core.ts) and runs the command again, with the same arguments.
import vscode = require('vscode');
import { t } from '../text/translate';

/** Registers the stubs; disposing them (core.ts does, before it registers the commands) replaces them. */
export function registerCommandStubs(ids: readonly string[], load: () => Promise<unknown>): vscode.Disposable {
  let replaced = false;
  const run = async (id: string, args: unknown[]) => {
    await load();
    // A stub still registered would call itself again.
    if (!replaced) throw new Error(t('The command {0} is not available: AgentHuman Links did not start.', id));
    return vscode.commands.executeCommand(id, ...args);
  };
  const stubs = ids.map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => run(id, args)));
  return {
    dispose() {
      replaced = true;
      for (const stub of stubs) stub.dispose();
    },
  };
}
