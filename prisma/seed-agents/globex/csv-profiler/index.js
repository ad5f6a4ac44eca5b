// Profiles CSV text: per column the inferred type, empty values, distinct count, min/max and mean.
const NULLS = new Set(['', 'na', 'n/a', 'null', 'none', '-']);

/** RFC 4180 parsing: quoted fields may hold the delimiter, doubled quotes and newlines. */
function parse(text, delimiter) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) { rows[rows.length - 1].push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rows[rows.length - 1].push(field);
      field = '';
      rows.push([]);
    } else field += ch;
  }
  rows[rows.length - 1].push(field);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function typeOf(value) {
  if (/^-?\d+$/.test(value)) return 'integer';
  if (/^-?\d*\.\d+(e[-+]?\d+)?$/i.test(value)) return 'number';
  if (/^(true|false|yes|no)$/i.test(value)) return 'boolean';
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?/.test(value)) return 'date';
  return 'string';
}

function profile(name, values) {
  const present = values.filter((v) => !NULLS.has(v.trim().toLowerCase()));
  const types = new Set(present.map(typeOf));
  let type = types.size === 0 ? 'empty' : types.size === 1 ? [...types][0] : 'string';
  if (types.size === 2 && types.has('integer') && types.has('number')) type = 'number';
  const col = { name, type, nulls: values.length - present.length, distinct: new Set(present).size, min: null, max: null, mean: null };
  if (type === 'integer' || type === 'number') {
    const nums = present.map(Number);
    col.min = Math.min(...nums);
    col.max = Math.max(...nums);
    col.mean = Math.round((nums.reduce((s, n) => s + n, 0) / nums.length) * 1000) / 1000;
  } else if (type === 'date' || type === 'string') {
    const sorted = [...present].sort();
    col.min = sorted[0] ?? null;
    col.max = sorted[sorted.length - 1] ?? null;
  }
  return col;
}

export async function handle(input) {
  const delimiter = input.delimiter ?? (input.csv.split('\n')[0].includes(';') ? ';' : ',');
  const [header, ...rows] = parse(input.csv, delimiter);
  const ragged = rows.filter((r) => r.length !== header.length).length;
  const columns = header.map((name, c) => profile(name.trim(), rows.map((r) => r[c] ?? '')));
  return { delimiter, rows: rows.length, raggedRows: ragged, columns };
}
