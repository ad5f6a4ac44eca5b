// Compiles an agent package's modules into an isolate and links relative imports between its own files only.
import { posix } from 'node:path';
import type ivm from 'isolated-vm';
import type { AgentErrorCode } from './agent-invocation-types.ts';

export type LinkResult =
  | { ok: true; entry: ivm.Module; modules: ivm.Module[] }
  | { ok: false; code: AgentErrorCode; message: string };

/** `./lib/a.js`, `/lib/a.js` and `lib/a.js` all name the same file; null when the path leaves the package. */
export function normalizePackagePath(path: string): string | null {
  const normalized = posix.normalize(path.replace(/^\/+/, ''));
  return normalized === '.' || normalized === '..' || normalized.startsWith('../') ? null : normalized;
}

// ES modules need explicit extensions, but agents bundled by hand often omit them.
const CANDIDATE_SUFFIXES = ['', '.js', '.mjs', '/index.js'];

type Resolution = { ok: true; path: string } | { ok: false; code: AgentErrorCode; message: string };

function resolveSpecifier(specifier: string, referrer: string, files: ReadonlyMap<string, string>): Resolution {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
    return {
      ok: false,
      code: 'PERMISSION_DENIED',
      message: `Import of "${specifier}" in ${referrer} is not allowed: agents may only import their own package's files (reach dependencies with ctx.call)`,
    };
  }
  const base = normalizePackagePath(posix.join(posix.dirname(referrer), specifier));
  if (base === null) {
    return { ok: false, code: 'PERMISSION_DENIED', message: `Import of "${specifier}" in ${referrer} leaves the package` };
  }
  const path = CANDIDATE_SUFFIXES.map((suffix) => base + suffix).find((candidate) => files.has(candidate));
  if (path === undefined) {
    return { ok: false, code: 'RUNTIME_ERROR', message: `Cannot find module "${specifier}" imported from ${referrer}` };
  }
  return { ok: true, path };
}

export async function linkPackage(
  isolate: ivm.Isolate,
  context: ivm.Context,
  rawFiles: ReadonlyMap<string, string>,
  rawEntry: string,
): Promise<LinkResult> {
  const files = new Map<string, string>();
  for (const [path, source] of rawFiles) {
    const normalized = normalizePackagePath(path);
    if (normalized !== null) files.set(normalized, source);
  }
  const entryPath = normalizePackagePath(rawEntry);
  if (entryPath === null || !files.has(entryPath)) {
    return { ok: false, code: 'ENTRY_NOT_FOUND', message: `Entry "${rawEntry}" is not a file of the package` };
  }

  // Walk the import graph up front so a forbidden import is reported before any agent code runs.
  const byPath = new Map<string, ivm.Module>();
  const pathOf = new Map<ivm.Module, string>();
  const resolved = new Map<string, string>(); // `${referrer}\0${specifier}` → path
  const releaseAll = () => {
    for (const m of byPath.values()) m.release();
  };
  try {
    const pending = [entryPath];
    while (pending.length > 0) {
      const path = pending.pop() as string;
      if (byPath.has(path)) continue;
      const module = await isolate.compileModule(files.get(path) as string, { filename: `file:///agent/${path}` });
      byPath.set(path, module);
      pathOf.set(module, path);
      for (const specifier of module.dependencySpecifiers) {
        const resolution = resolveSpecifier(specifier, path, files);
        if (!resolution.ok) {
          releaseAll();
          return resolution;
        }
        resolved.set(`${path}\0${specifier}`, resolution.path);
        pending.push(resolution.path);
      }
    }
    const entry = byPath.get(entryPath) as ivm.Module;
    await entry.instantiate(context, (specifier, referrer) => {
      const module = byPath.get(resolved.get(`${pathOf.get(referrer)}\0${specifier}`) ?? '');
      if (!module) throw new Error(`Cannot resolve "${specifier}"`);
      return module;
    });
    return { ok: true, entry, modules: [...byPath.values()] };
  } catch (e) {
    releaseAll();
    throw e;
  }
}
