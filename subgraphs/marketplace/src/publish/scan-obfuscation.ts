// Heuristics for deliberately obfuscated code, as opposed to code that is merely minified.
import type { Finding } from './step-report.js';

/** Counters gathered while walking the AST in scan-code. */
export interface ObfuscationStats {
  /** Calls to atob and String.fromCharCode. */
  decodeCalls: number;
  widestFromCharCode: number;
  /** Element count of the largest array literal made (almost) only of strings. */
  largestStringArray: number;
  literalChars: number;
  escapeChars: number;
}

const LONG_LINE = 1000;

/**
 * Minifiers produce long lines and short names but keep strings readable; obfuscators hide strings
 * (escape runs, decoder calls, rotated string tables) and leave `_0x` names behind. So each hiding
 * technique is a finding on its own, while a long line is only reported next to one of them.
 */
export function obfuscationFindings(file: string, source: string, s: ObfuscationStats): Finding[] {
  const markers: { code: string; message: string }[] = [];
  const hexNames = new Set(source.match(/\b_0x[0-9a-f]{3,}\b/gi) ?? []);
  if (hexNames.size >= 3) markers.push({ code: 'OBFUSCATION_IDENTIFIERS', message: `${hexNames.size} _0x-style identifiers` });
  if (s.escapeChars >= 64 && s.escapeChars / Math.max(1, s.literalChars) > 0.3) {
    markers.push({ code: 'OBFUSCATION_ESCAPES', message: `${Math.round((100 * s.escapeChars) / s.literalChars)}% of string literal text is \\x/\\u escapes` });
  }
  if (s.decodeCalls >= 5 || s.widestFromCharCode >= 10) {
    markers.push({ code: 'OBFUSCATION_DECODER', message: `${s.decodeCalls} atob/String.fromCharCode calls build strings at run time` });
  }
  if (s.largestStringArray >= 100) markers.push({ code: 'OBFUSCATION_STRING_TABLE', message: `An array of ${s.largestStringArray} string literals` });
  if (markers.length === 0) return [];

  const lines = source.split('\n');
  const longLine = lines.findIndex((l) => l.length > LONG_LINE);
  if (longLine >= 0) markers.push({ code: 'OBFUSCATION_LONG_LINE', message: `Line ${longLine + 1} is ${lines[longLine]!.length} characters long` });
  return markers.map((m) => ({ severity: 'medium', code: m.code, message: `Looks obfuscated: ${m.message}`, file }));
}
