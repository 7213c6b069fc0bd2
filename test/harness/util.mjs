// Small helpers shared by the real-VS-Code harness (code-server, Chromium, test runners).
// Plain ESM so the CLIs run without a compile step.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Prints one harness line on stderr, prefixed so it stands out from test output. */
export function log(message) {
  process.stderr.write(`[harness] ${message}\n`);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Formats milliseconds as "1m05s" / "12.3s". */
export function formatDuration(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * Polls `check` until it returns a truthy value, or throws `what did not happen` after `timeoutMs`.
 * `check` may be async; its exceptions count as "not yet".
 */
export async function waitFor(check, { timeoutMs, intervalMs = 250, what, abort }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    if (abort) {
      const reason = abort();
      if (reason) throw new Error(`${what}: ${reason}`);
    }
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? ` (last error: ${lastError.message ?? lastError})` : '';
      throw new Error(`Timed out after ${formatDuration(timeoutMs)}: ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}

/** True if something accepts TCP connections on 127.0.0.1:port. */
export function isPortBusy(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** All descendants of `pid` (children, grandchildren, ...), read from /proc. */
export function descendantPids(pid) {
  const children = new Map();
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  const result = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of children.get(queue.shift()) ?? []) {
      result.push(child);
      queue.push(child);
    }
  }
  return result;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid, sig, group) {
  try {
    process.kill(group ? -pid : pid, sig);
  } catch {
    // already gone
  }
}

/**
 * Ends a process started with `detached: true` together with everything it started:
 * SIGTERM to its process group and to every descendant, then SIGKILL after `graceMs`.
 */
export async function killTree(pid, { graceMs = 5000 } = {}) {
  const pids = [pid, ...descendantPids(pid)];
  signal(pid, 'SIGTERM', true);
  for (const p of pids) signal(p, 'SIGTERM', false);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && pids.some(isAlive)) await sleep(100);
  const left = [pid, ...descendantPids(pid), ...pids].filter(isAlive);
  signal(pid, 'SIGKILL', true);
  for (const p of left) signal(p, 'SIGKILL', false);
  while (left.some(isAlive) && Date.now() < deadline + 3000) await sleep(50);
}

/** Synchronous last-resort kill, for process.on('exit'). */
export function killTreeSync(pid) {
  const pids = [pid, ...descendantPids(pid)];
  signal(pid, 'SIGKILL', true);
  for (const p of pids) signal(p, 'SIGKILL', false);
}

const cleanups = new Set();
let handlersInstalled = false;

/**
 * Registers a cleanup that runs once on normal exit, Ctrl-C or SIGTERM (sync part via `sync`,
 * async part via `async` when we get a chance). Returns a function that unregisters it.
 */
export function onCleanup(entry) {
  cleanups.add(entry);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('exit', () => {
      for (const c of cleanups) {
        try {
          c.sync?.();
        } catch {
          // best effort
        }
      }
    });
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(sig, async () => {
        log(`${sig}: cleaning up`);
        for (const c of [...cleanups]) {
          try {
            await c.async?.();
          } catch {
            // best effort
          }
        }
        process.exit(sig === 'SIGINT' ? 130 : 143);
      });
    }
  }
  return () => cleanups.delete(entry);
}

/**
 * Runs a command, streaming its output to `onLine` (and a log file when given).
 * Resolves with { code, signal }; rejects only if it cannot start or times out.
 */
export function run(command, args, { cwd, env, onLine, logFile, timeoutMs } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : undefined;
    let timer;
    const unregister = onCleanup({ sync: () => killTreeSync(child.pid), async: () => killTree(child.pid) });
    let buffer = '';
    const handle = (chunk) => {
      out?.write(chunk);
      if (!onLine) return;
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', handle);
    child.stderr.on('data', handle);
    child.on('error', (err) => {
      clearTimeout(timer);
      unregister();
      reject(err);
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      unregister();
      if (buffer && onLine) onLine(buffer);
      out?.end();
      resolve({ code, signal: sig });
    });
    if (timeoutMs) {
      timer = setTimeout(() => {
        killTree(child.pid).then(() =>
          reject(new Error(`${command} ${args.join(' ')} did not finish within ${formatDuration(timeoutMs)}`)),
        );
      }, timeoutMs);
    }
  });
}
