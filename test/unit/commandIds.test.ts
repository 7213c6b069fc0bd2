// The ids the code uses and the ones package.json contributes are the same: a renamed command
// cannot leave a menu, a welcome button or the palette pointing at nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACCOUNTS_VIEW_ID, AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL, COMMAND, CONTEXT, INTERNAL_COMMANDS, LINKS_VIEW_ID, VIEW_CONTAINER_ID } from '../../src/commandIds';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; args?: unknown; when?: string }[];
    viewsWelcome: { view: string; contents: string; when?: string }[];
    viewsContainers: { activitybar: { id: string }[] };
    authentication: { id: string; label: string }[];
    views: Record<string, { id: string }[]>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as Manifest;
/** The English of package.json's %keys%. */
const english = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.nls.json'), 'utf8')) as Record<string, string>;
const inEnglish = (text: string) => english[/^%(.+)%$/.exec(text)?.[1] ?? ''] ?? text;
const ids = new Set<string>(Object.values(COMMAND));

describe('command ids and package.json', () => {
  it('every command of the palette is one of the code\'s, and every public one is contributed', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command);
    for (const id of contributed) assert.ok(ids.has(id), `package.json contributes ${id}, which the code does not know`);
    for (const id of ids) {
      if (!INTERNAL_COMMANDS.includes(id as never)) assert.ok(contributed.includes(id), `${id} is not in package.json's commands`);
    }
    for (const id of INTERNAL_COMMANDS) assert.ok(!contributed.includes(id), `${id} is internal but contributed`);
  });

  it('menus and welcome buttons name only known commands', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) assert.ok(ids.has(entry.command), `${menu} names ${entry.command}`);
    }
    for (const binding of manifest.contributes.keybindings) {
      assert.ok(ids.has(binding.command), `a keybinding names ${binding.command}`);
      if (typeof binding.args === 'string') assert.ok(ids.has(binding.args), `a keybinding passes ${binding.args}`);
      assert.match(binding.when ?? '', /focusedView == agenthuman\.links/, `${binding.command} ${String(binding.args)} must fire only in the Links view`);
    }
    for (const welcome of manifest.contributes.viewsWelcome) {
      for (const [, id] of welcome.contents.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(ids.has(id), `a welcome view names ${id}`);
    }
  });

  it('the view, its container and the context keys are the ones the manifest uses', () => {
    assert.equal(manifest.contributes.viewsContainers.activitybar[0].id, VIEW_CONTAINER_ID);
    assert.deepEqual(manifest.contributes.views[VIEW_CONTAINER_ID].map((v) => v.id), [LINKS_VIEW_ID, ACCOUNTS_VIEW_ID]);
    const whens = [
      ...Object.values(manifest.contributes.menus).flat().map((e) => e.when ?? ''),
      ...manifest.contributes.viewsWelcome.map((w) => w.when ?? ''),
    ].join(' ');
    for (const key of whens.match(/agenthuman\.\w+(?=\s|$|\)|\b)/g) ?? []) {
      if (key === LINKS_VIEW_ID || key === ACCOUNTS_VIEW_ID) continue;
      assert.ok((Object.values(CONTEXT) as string[]).includes(key), `a when clause reads ${key}, which the code never sets`);
    }
  });

  it('the authentication provider (the Accounts menu) is the one the manifest declares', () => {
    const declared = manifest.contributes.authentication.map(({ id, label }) => ({ id, label: inEnglish(label) }));
    assert.deepEqual(declared, [{ id: AUTH_PROVIDER_ID, label: AUTH_PROVIDER_LABEL }]);
  });
});
