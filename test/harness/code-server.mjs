// Starts code-server (a real VS Code server and web workbench) with a fresh user-data
// and extensions folder, the given .vsix files installed and the given user settings, and stops it
// again without leaving processes behind.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, nodeEnv } from './install.mjs';
import { packageGermanLanguagePackVsix } from './vsix.mjs';
import { formatDuration, freePort, isPortBusy, killTree, killTreeSync, log, onCleanup, run, waitFor } from './util.mjs';

/** Settings that keep a throwaway workbench quiet and offline. Callers' settings are merged on top. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // No fade-in animations: screenshots show menus and quick inputs fully drawn.
  'workbench.reduceMotion': 'on',
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'npm.fetchOnlinePackageInfo': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

/**
 * Starts code-server. Returns { url, port, pid, userDataDir, extensionsDir, logFile, stop() }.
 *
 * options:
 *   vsix       .vsix files to install first (--install-extension)
 *   settings   extra User/settings.json entries (e.g. { 'agenthuman.apiBaseUrl': fake.url })
 *   port       fixed port; 0/undefined = any free port
 *   env        extra environment for code-server (the extension host inherits it)
 *   folder     folder to open (default: an empty temp folder)
 *   workspaceTrust  true: workspace trust on, as a user has it (default off: no trust prompt); the
 *              opened folder is then not trusted until the user says so (Restricted Mode)
 *   build      which code-server to run (install.mjs NEWEST, the default, or OLDEST)
 *   language   the display language VS Code runs in: 'de' (German), or English by default (see
 *              runInLanguage below)
 *   keep       keep the temp folders after stop() (for debugging; or AGENTHUMAN_KEEP_TMP=1)
 *   quiet      do not echo code-server's output (it always goes to logFile)
 */
export async function startCodeServer(options = {}) {
  const paths = await ensureCodeServer({ build: options.build });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agenthuman-code-server-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const workspace = options.folder ?? path.join(tmp, 'workspace');
  const logFile = path.join(tmp, 'code-server.log');
  const configFile = path.join(tmp, 'config.yaml');
  for (const dir of [userDataDir, extensionsDir, workspace, path.join(userDataDir, 'User')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  // An explicit --config keeps code-server from writing ~/.config/code-server/config.yaml.
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const keep = options.keep || process.env.AGENTHUMAN_KEEP_TMP === '1';
  const removeTmp = () => {
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  };
  const env = nodeEnv(paths, {
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    ...options.env,
  });
  delete env.VSCODE_IPC_HOOK_CLI;
  // code-server takes $PORT over --bind-addr's port; the port is ours to choose.
  delete env.PORT;
  const common = [paths.entry, '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  try {
    const vsix = [...(options.vsix ?? []), ...(options.language ? [await languagePackFor(options.language, tmp)] : [])];
    if (vsix.length) {
      const started = Date.now();
      const installArgs = [...common];
      for (const file of vsix) {
        if (!fs.existsSync(file)) throw new Error(`.vsix not found: ${file}`);
        installArgs.push('--install-extension', path.resolve(file));
      }
      const lines = [];
      const result = await run(paths.nodeBin, installArgs, {
        env,
        logFile,
        timeoutMs: 120_000,
        onLine: (line) => lines.push(line),
      });
      const installed = lines.filter((l) => /successfully installed/i.test(l)).length;
      if (result.code !== 0 || installed < vsix.length) {
        throw new Error(`code-server --install-extension failed (exit ${result.code}):\n${lines.join('\n')}`);
      }
      log(`installed ${vsix.map((v) => path.basename(v)).join(', ')} in ${formatDuration(Date.now() - started)}`);
    }
    if (options.language) writeLanguagePacks(userDataDir, extensionsDir);
    fs.writeFileSync(
      path.join(userDataDir, 'User', 'settings.json'),
      JSON.stringify({ ...QUIET_SETTINGS, ...(options.workspaceTrust ? { 'security.workspace.trust.enabled': true } : {}), ...options.settings }, null, 2),
    );

    let port = options.port || (await freePort());
    if (options.port && (await isPortBusy(options.port))) throw new Error(`port ${options.port} is already in use`);
    const args = [
      ...common,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      ...(options.language ? ['--locale', options.language] : []),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ];
    const out = fs.openSync(logFile, 'a');
    const child = spawn(paths.nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let exited;
    child.on('exit', (code, sig) => {
      exited = `code-server exited early (exit ${code ?? sig})`;
    });
    const echo = (chunk) => {
      fs.writeSync(out, chunk);
      if (!options.quiet) process.stderr.write(chunk.toString().replace(/^(?=.)/gm, '[code-server] '));
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      unregister();
      await killTree(child.pid);
      try {
        fs.closeSync(out);
      } catch {
        // already closed
      }
      removeTmp();
    };
    const unregister = onCleanup({
      sync: () => {
        killTreeSync(child.pid);
        removeTmp();
      },
      async: stop,
    });
    const url = `http://127.0.0.1:${port}/`;
    try {
      await waitFor(
        async () => {
          const res = await fetch(`${url}healthz`);
          return res.ok;
        },
        {
          timeoutMs: 60_000,
          what: `code-server not listening on ${url} (log: ${logFile})`,
          abort: () => exited && `${exited}; last output:\n${tail(logFile)}`,
        },
      );
    } catch (err) {
      await stop();
      throw err;
    }
    return { url, port, pid: child.pid, tmp, userDataDir, extensionsDir, workspace, logFile, stop };
  } catch (err) {
    removeTmp();
    throw err;
  }
}

// ---- the display language ---------------------------------------------------------------
//
// How VS Code (code-server) comes to run in German, offline. `vscode.env.language` in the extension
// host is the workbench's language (`platform.language`, sent in the extension host's init data),
// and the workbench takes the language the server resolves for it: code-server's
// patches/display-language.diff makes the server read `--locale` (else argv.json's `locale`) and
// resolve it through VS Code's own NLS resolution (`resolveNLSConfiguration`, VS Code 1.77's
// `getNLSConfiguration` in vs/base/node/languagePacks.js), which answers English for any language
// that no installed language pack provides: it looks the language up in
// `<user-data>/languagepacks.json`, needs the pack's `translations.vscode` file to exist, and then
// writes the workbench's messages from it. With that, the server also translates the manifests of
// extensions (package.nls.de.json) and the extension host loads their l10n bundles
// (l10n/bundle.l10n.de.json). --locale alone, without a pack, leaves everything English (tried:
// `vscode.env.language` stays "en").
//
// There is no marketplace here, so the tests install a language pack of their own
// (test/harness/language-pack-de/: it contributes the language and translates none of VS Code's
// words, so the workbench itself stays English). VS Code writes languagepacks.json when a language
// pack is installed through its server (NativeLanguagePackService.postInstallExtension →
// LanguagePacksCache.update), but `code-server --install-extension` installs without that service,
// so writeLanguagePacks writes the file as it would.

/** The language pack of `language` for the tests, packaged into `dir`. */
function languagePackFor(language, dir) {
  if (language !== 'de') throw new Error(`code-server: no language pack for "${language}" in the tests (only "de")`);
  return packageGermanLanguagePackVsix(dir);
}

/**
 * `<user-data>/languagepacks.json` for the language packs installed in `extensionsDir`, as VS
 * Code's LanguagePacksCache writes it: per language, the packs' ids and versions, a hash of them,
 * the file of each translation id, and the language's name.
 */
function writeLanguagePacks(userDataDir, extensionsDir) {
  const packs = {};
  for (const folder of fs.readdirSync(extensionsDir, { withFileTypes: true })) {
    const manifestFile = path.join(extensionsDir, folder.name, 'package.json');
    if (!folder.isDirectory() || !fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const localization of manifest.contributes?.localizations ?? []) {
      const pack = (packs[localization.languageId] ??= { hash: '', extensions: [], translations: {}, label: localization.localizedLanguageName ?? localization.languageName });
      pack.extensions.push({ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}` }, version: manifest.version });
      for (const translation of localization.translations) pack.translations[translation.id] = path.join(extensionsDir, folder.name, translation.path);
    }
  }
  for (const pack of Object.values(packs)) {
    const md5 = createHash('md5');
    for (const extension of pack.extensions) md5.update(extension.extensionIdentifier.id).update(extension.version);
    pack.hash = md5.digest('hex');
  }
  if (!Object.keys(packs).length) throw new Error(`no language pack is installed in ${extensionsDir}`);
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
