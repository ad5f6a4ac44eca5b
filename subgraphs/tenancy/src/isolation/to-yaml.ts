// A small YAML emitter for JSON data (objects, arrays, strings, numbers, booleans, null): the "manifests shown" view.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

// Strings YAML would read as something other than a string must be quoted; digits-first covers numbers and dates.
const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|nan|inf)$/i;

function scalar(value: null | boolean | number | string): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
  if (typeof value !== 'string') return String(value);
  // A JSON string literal is also a valid YAML double-quoted scalar.
  return PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}

const isBlock = (v: Json): v is Json[] | { [key: string]: Json | undefined } =>
  v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);

const inline = (v: Json): string => (Array.isArray(v) ? '[]' : v !== null && typeof v === 'object' ? '{}' : scalar(v));

function lines(value: Json[] | { [key: string]: Json | undefined }, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isBlock(item)) return [`${pad}- ${inline(item)}`];
      const [first = '', ...rest] = lines(item, indent + 2);
      return [`${pad}- ${first.slice(indent + 2)}`, ...rest];
    });
  }
  return Object.entries(value).flatMap(([key, item]) => {
    if (item === undefined) return [];
    if (!isBlock(item)) return [`${pad}${scalar(key)}: ${inline(item)}`];
    return [`${pad}${scalar(key)}:`, ...lines(item, indent + 2)];
  });
}

/** One YAML document per object, separated by `---`, as `kubectl apply -f` reads them. */
export function toYaml(objects: readonly object[]): string {
  return objects.map((o) => `---\n${lines(o as { [key: string]: Json }, 0).join('\n')}\n`).join('');
}
