// Checks a JSON value against a compact shape like {"name": "string", "tags": ["string"], "age": "integer?"}.
const CHECKS = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  any: () => true,
  email: (v) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  url: (v) => typeof v === 'string' && /^https?:\/\/[^\s/]+/.test(v),
};

const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function check(shape, value, path, errors, strict) {
  if (typeof shape === 'string') {
    const optional = shape.endsWith('?');
    const alternatives = shape.replace(/\?$/, '').split('|');
    if (value === undefined) {
      if (!optional) errors.push({ path, message: 'is required' });
      return;
    }
    const unknown = alternatives.find((t) => !CHECKS[t]);
    if (unknown) errors.push({ path, message: `shape uses unknown type "${unknown}"` });
    else if (!alternatives.some((t) => CHECKS[t](value))) errors.push({ path, message: `expected ${alternatives.join(' or ')}, got ${typeOf(value)}` });
    return;
  }
  if (value === undefined) return errors.push({ path, message: 'is required' });
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return errors.push({ path, message: `expected array, got ${typeOf(value)}` });
    value.forEach((item, i) => check(shape[0], item, `${path}[${i}]`, errors, strict));
    return;
  }
  if (typeOf(value) !== 'object') return errors.push({ path, message: `expected object, got ${typeOf(value)}` });
  for (const [key, sub] of Object.entries(shape)) check(sub, value[key], path ? `${path}.${key}` : key, errors, strict);
  if (strict) {
    for (const key of Object.keys(value)) if (!(key in shape)) errors.push({ path: path ? `${path}.${key}` : key, message: 'is not allowed' });
  }
}

export async function handle(input) {
  const errors = [];
  check(input.shape, input.value, '', errors, input.strict === true);
  return { valid: errors.length === 0, errors };
}
