// The baseline extensions `npm run bench` measures ours against, packaged into the bench's temp
// folder as .vsix files:
//  - empty: `activate` does nothing; what the extension host costs any extension to activate;
//  - minimal: loads the `vscode` API and registers one command;
//  - manifest: empty `activate`, but our package.json's activation events and contributions
//    (every id renamed, so that both can be installed): what the manifest alone costs;
//  - registrations: the same manifest, and an `activate` that registers a no-op for each of its
//    commands and creates its Links view (an empty tree): what activating any code for our
//    manifest must do, since a command that activated an extension must exist once activated;
//  - tree: its own view container and view, whose TreeDataProvider returns 5,000 plain
//    TreeItems (a label each): the least any extension showing 5,000 rows can cost;
//  - rich: our manifest renamed (so the same menus on its items) and a TreeDataProvider
//    returning 5,000 items as rich as ours (label, description, coloured status icon, context
//    value, screen-reader label, id), computed beforehand: what VS Code itself costs for such
//    rows, whatever the extension does.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const PUBLISHER = 'agenthuman-links';

export const BASELINE_IDS = {
  empty: `${PUBLISHER}.agenthuman-links-bench-empty`,
  minimal: `${PUBLISHER}.agenthuman-links-bench-minimal`,
  manifest: `${PUBLISHER}.agenthuman-links-bench-manifest`,
  registrations: `${PUBLISHER}.agenthuman-links-bench-registrations`,
  tree: `${PUBLISHER}.agenthuman-links-bench-tree`,
  rich: `${PUBLISHER}.agenthuman-links-bench-rich`,
};

/** The tree baseline's activity-bar title and view name, as the workbench shows them. */
export const TREE_BASELINE = { container: 'agenthumanBenchTree', title: 'Bench Tree', view: 'agenthumanBenchTree.items', viewName: 'Items', count: 5000 };
/** The rich baseline's, likewise (its ids are ours with `agenthuman` renamed). */
export const RICH_BASELINE = { title: 'Bench Rich', view: 'agenthumanBenchRich.links', viewName: 'Rich Links' };

const CODE = {
  empty: 'exports.activate = function () {};',
  minimal: [
    "const vscode = require('vscode');",
    'exports.activate = function (context) {',
    "  context.subscriptions.push(vscode.commands.registerCommand('agenthumanBenchMinimal.hello', () => 'hello'));",
    '};',
  ].join('\n'),
  manifest: 'exports.activate = function () {};',
  registrations: (manifest) => [
    "const vscode = require('vscode');",
    'exports.activate = function (context) {',
    `  for (const id of ${JSON.stringify(manifest.contributes.commands.map((c) => c.command))}) {`,
    '    context.subscriptions.push(vscode.commands.registerCommand(id, () => undefined));',
    '  }',
    `  context.subscriptions.push(vscode.window.createTreeView('agenthumanBenchRegistrations.links', { canSelectMany: true, treeDataProvider: { getChildren: () => [], getTreeItem: (x) => x } }));`,
    '};',
  ].join('\n'),
  tree: [
    "const vscode = require('vscode');",
    'exports.activate = function (context) {',
    // Numbers from 1: the tree drops an element that is falsy (0).
    `  const items = Array.from({ length: ${TREE_BASELINE.count} }, (_, i) => i + 1);`,
    `  context.subscriptions.push(vscode.window.registerTreeDataProvider('${TREE_BASELINE.view}', {`,
    '    getChildren: (element) => (element === undefined ? items : []),',
    '    getTreeItem: (n) => new vscode.TreeItem(`Link ${n}`),',
    '  }));',
    '};',
  ].join('\n'),
  rich: [
    "const vscode = require('vscode');",
    "const items = require('./items.json');",
    'exports.activate = function (context) {',
    `  context.subscriptions.push(vscode.window.createTreeView('${RICH_BASELINE.view}', { canSelectMany: true, treeDataProvider: {`,
    '    getChildren: (element) => (element === undefined ? items : []),',
    '    getTreeItem: (x) => {',
    '      const item = new vscode.TreeItem(x.label);',
    '      item.id = x.id;',
    '      item.description = x.description;',
    '      item.contextValue = x.contextValue;',
    '      item.iconPath = new vscode.ThemeIcon(x.icon, new vscode.ThemeColor(x.color));',
    '      item.accessibilityInformation = { label: x.accessibilityLabel };',
    '      return item;',
    '    },',
    '  } }));',
    '};',
  ].join('\n'),
};

/** Our package.json's activation events and contributions with every `agenthuman` id renamed to `prefix`. */
function ourManifestRenamed(root, prefix) {
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const renamed = JSON.stringify({ activationEvents: ours.activationEvents, contributes: ours.contributes }).replace(/agenthuman(?=[.:"])/g, prefix);
  return JSON.parse(renamed);
}

function manifestOf(kind, root) {
  if (kind === 'manifest') return ourManifestRenamed(root, 'agenthumanBenchManifest');
  if (kind === 'registrations') return ourManifestRenamed(root, 'agenthumanBenchRegistrations');
  if (kind === 'rich') {
    const manifest = ourManifestRenamed(root, 'agenthumanBenchRich');
    manifest.contributes.viewsContainers.activitybar[0].title = RICH_BASELINE.title;
    manifest.contributes.views.agenthumanBenchRich.find((view) => view.id === RICH_BASELINE.view).name = RICH_BASELINE.viewName;
    return manifest;
  }
  if (kind === 'tree') {
    return {
      activationEvents: [],
      contributes: {
        viewsContainers: { activitybar: [{ id: TREE_BASELINE.container, title: TREE_BASELINE.title, icon: 'media/agenthuman.svg' }] },
        views: { [TREE_BASELINE.container]: [{ id: TREE_BASELINE.view, name: TREE_BASELINE.viewName }] },
      },
    };
  }
  return { activationEvents: [], contributes: {} };
}

/**
 * Packages the baseline `kind` (a key of BASELINE_IDS) into `benchDir`/<kind>.vsix and returns its
 * path; `files` are written beside its code (the rich baseline's items.json).
 */
export function packageBaselineExtension(benchDir, kind, root, files = {}) {
  const dir = join(benchDir, `${kind}-extension`);
  mkdirSync(join(dir, 'media'), { recursive: true });
  const name = BASELINE_IDS[kind].slice(PUBLISHER.length + 1);
  const manifest = manifestOf(kind, root);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name, displayName: `${kind} (bench baseline)`, version: '0.0.1', publisher: PUBLISHER,
    license: 'MIT', private: true, engines: { vscode: '^1.77.0' }, main: './extension.js', ...manifest,
  }));
  const code = typeof CODE[kind] === 'function' ? CODE[kind](manifest) : CODE[kind];
  writeFileSync(join(dir, 'extension.js'), `'use strict';\n${code}\nexports.deactivate = function () {};\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'media', 'agenthuman.svg'), readFileSync(join(root, 'media', 'agenthuman.svg')));
  writeFileSync(join(dir, 'README.md'), 'Baseline for the benchmark.\n');
  writeFileSync(join(dir, '.vscodeignore'), '*.vsix\n');
  appendFileSync(join(dir, 'LICENSE'), 'MIT\n');
  const out = join(benchDir, `${kind}.vsix`);
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--out', out, '--allow-missing-repository', '--no-dependencies'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}
