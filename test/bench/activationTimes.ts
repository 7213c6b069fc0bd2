// An extension's activation, timed in the extension host as VS Code times it, with the
// precision VS Code's own figures lack. VS Code's extension host records, per extension
// (ExtensionActivationTimesBuilder, shown by "Developer: Show Running Extensions"):
//  - codeLoadingTime: the `require` of the extension's main file;
//  - activateCallTime: the call of `activate()`, until it returns;
//  - activateResolvedTime: until the promise it returned resolves;
// and performance marks `code/extHost/{will,did}LoadExtensionCode/<id>` and
// `code/extHost/{will,did}ActivateExtension/<id>` (globalThis.MonacoPerformanceMarks in the
// extension host). All with Date.now(): whole milliseconds, so an empty extension reads 0 ms.
// Here the same spans are timed with performance.now(), by wrapping Node's module loader for the
// extension's main file (the host loads it with `require`), and the marks are read too. Besides,
// the whole activation as a caller of `Extension.activate()` waits for it: the same spans plus
// what the host does around them for any extension (its ExtensionContext: globalState and
// workspaceState read from the workbench, the storage folders).
import Module = require('node:module');
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';

export interface ActivationTimes {
  /** `await extension.activate()`, as a caller waits for it. */
  wholeMs: number;
  /** The `require` of the main file (VS Code's codeLoadingTime). */
  codeLoadingMs: number;
  /** `activate()` until it returned (VS Code's activateCallTime). */
  activateCallMs: number;
  /** `activate()` until its promise resolved (VS Code's activateCallTime + activateResolvedTime). */
  activateResolvedMs: number;
  /** VS Code's own figures from its marks, in whole ms: loading the code, and activate() until resolved. */
  vscodeMarks: { codeLoadingMs: number; activateMs: number } | undefined;
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
interface ExtensionModule {
  activate?: (context: unknown) => unknown;
  deactivate?: () => unknown;
}

/** Node's internal loader: the extension host loads an extension's main file through it. */
const moduleLoader = Module as unknown as { _load: Loader };

/** Activates extension `id` (not yet active) and returns how long each part took. */
export async function timeActivation(id: string): Promise<ActivationTimes> {
  const ext = vscode.extensions.getExtension(id);
  if (!ext) throw new Error(`${id} is not installed`);
  if (ext.isActive) throw new Error(`${id} was already active: its activation cannot be timed`);
  const withoutJs = (file: string) => path.resolve(file).replace(/\.js$/, '');
  const main = withoutJs(path.join(ext.extensionPath, String((ext.packageJSON as { main?: string }).main)));
  const spans = { codeLoadingMs: NaN, activateCallMs: NaN, activateResolvedMs: NaN };
  const load = moduleLoader._load;
  moduleLoader._load = function (this: unknown, request, parent, isMain) {
    if (withoutJs(request) !== main) return load.call(this, request, parent, isMain);
    moduleLoader._load = load;
    const start = performance.now();
    const loaded = load.call(this, request, parent, isMain) as ExtensionModule;
    spans.codeLoadingMs = performance.now() - start;
    return timedModule(loaded, spans);
  };
  try {
    const start = performance.now();
    await ext.activate();
    const wholeMs = performance.now() - start;
    return { wholeMs, ...spans, vscodeMarks: vscodeMarks(ext.id) };
  } finally {
    moduleLoader._load = load;
  }
}

/** The module as the host will use it, its activate() timed. */
function timedModule(loaded: ExtensionModule, spans: { activateCallMs: number; activateResolvedMs: number }): ExtensionModule {
  const { activate } = loaded;
  if (typeof activate !== 'function') return loaded;
  return {
    activate(context) {
      const start = performance.now();
      const result = activate.call(globalThis, context);
      spans.activateCallMs = performance.now() - start;
      return Promise.resolve(result).then((value) => {
        spans.activateResolvedMs = performance.now() - start;
        return value;
      });
    },
    deactivate: loaded.deactivate && (() => loaded.deactivate?.()),
  };
}

interface Mark {
  name: string;
  startTime: number;
}

function vscodeMarks(id: string): ActivationTimes['vscodeMarks'] {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): Mark[] } }).MonacoPerformanceMarks?.getMarks();
  const at = (what: string) => marks?.find((m) => m.name === `code/extHost/${what}/${id}`)?.startTime;
  const [willLoad, didLoad, willActivate, didActivate] = ['willLoadExtensionCode', 'didLoadExtensionCode', 'willActivateExtension', 'didActivateExtension'].map(at);
  if (willLoad === undefined || didLoad === undefined || willActivate === undefined || didActivate === undefined) return undefined;
  return { codeLoadingMs: didLoad - willLoad, activateMs: didActivate - willActivate };
}
