// Decides whether one tar entry path is safe to keep, and what it is called relative to `package/`.
import type { Finding } from './step-report.js';

export type PathCheck = { ok: true; relative: string } | { ok: false; finding: Finding };

const reject = (path: string, code: string, severity: Finding['severity'], why: string): PathCheck => ({
  ok: false,
  finding: { severity, code, message: `Entry "${printable(path)}" rejected: ${why}`, file: printable(path) },
});

/** Control characters would otherwise end up verbatim in logs and UIs. */
export const printable = (path: string): string =>
  // eslint-disable-next-line no-control-regex
  path.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Checks a raw entry path. Every rule here guards an extractor somewhere down the line (a CDN,
 * a sandbox, a developer's machine), so the rules are stricter than what `tar` itself accepts:
 * a path that only one platform would read as dangerous is still rejected.
 */
export function checkArchivePath(path: string, isDirectory: boolean, maxPathLength: number): PathCheck {
  if (path.length > maxPathLength) return reject(path, 'PATH_TOO_LONG', 'high', `longer than ${maxPathLength} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return reject(path, 'PATH_CONTROL_CHARACTER', 'critical', 'contains NUL or a control character');
  // On Windows a backslash is a separator, so `package\..\..\x` is a traversal there.
  if (path.includes('\\')) return reject(path, 'PATH_BACKSLASH', 'critical', 'contains a backslash');
  if (/^[A-Za-z]:/.test(path)) return reject(path, 'PATH_DRIVE_LETTER', 'critical', 'starts with a drive letter');
  if (path.startsWith('/')) return reject(path, 'PATH_ABSOLUTE', 'critical', 'is an absolute path');
  // Directories conventionally end with one slash; anything else empty is an alias trick.
  const trimmed = isDirectory && path.endsWith('/') ? path.slice(0, -1) : path;
  const segments = trimmed.split('/');
  if (segments.includes('..')) return reject(path, 'PATH_TRAVERSAL', 'critical', 'contains a ".." segment');
  if (segments.some((s) => s === '' || s === '.')) {
    return reject(path, 'PATH_NOT_CANONICAL', 'high', 'contains an empty or "." segment');
  }
  if (segments[0] !== 'package' || (!isDirectory && segments.length < 2)) {
    return reject(path, 'PATH_OUTSIDE_PACKAGE', 'high', 'is not under package/');
  }
  return { ok: true, relative: segments.slice(1).join('/') };
}

/** Key under which two paths would land on the same file on a case-insensitive or normalising file system. */
export const collisionKey = (relative: string): string => relative.normalize('NFC').toLowerCase();
