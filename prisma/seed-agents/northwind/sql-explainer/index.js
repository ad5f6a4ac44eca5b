// Explains a SQL statement: tables, joins, filters and ordering, plus warnings and index hints from its shape.
const KEYWORDS = new Set(
  `select from where join inner left right full outer cross on and or not group by order having limit offset as
  update set delete insert into values distinct in is null like between asc desc union all`.split(/\s+/),
);
const JOIN_END = ['join', 'where', 'group', 'order', 'limit', 'left', 'right', 'inner', 'full', 'cross'];
const CLAUSES = ['where', 'group by', 'order by', 'having', 'limit', 'offset', 'set', 'values'];

function tokenize(sql) {
  const re = /\s*('(?:[^']|'')*'|"[^"]*"|[A-Za-z_][\w.$]*|\d+(?:\.\d+)?|<=|>=|<>|!=|[(),;*=<>+\-/%])/y;
  const tokens = [];
  let m;
  while ((m = re.exec(sql)) !== null) {
    const text = m[1];
    const lower = text.toLowerCase();
    const kind = text.startsWith("'") ? 'string' : /^\d/.test(text) ? 'number' : KEYWORDS.has(lower) ? 'keyword' : /^[A-Za-z_"]/.test(text) ? 'identifier' : 'symbol';
    tokens.push({ text, lower, kind });
  }
  return tokens;
}

/** Text of the top-level clause that starts with `name`, up to the next clause keyword at depth 0. */
function clause(tokens, name) {
  const words = name.split(' ');
  for (let i = 0, depth = 0; i < tokens.length; i++) {
    if (tokens[i].text === '(') depth++;
    if (tokens[i].text === ')') depth--;
    if (depth !== 0 || !words.every((w, k) => tokens[i + k]?.lower === w)) continue;
    const out = [];
    for (let j = i + words.length, d = 0; j < tokens.length; j++) {
      if (tokens[j].text === '(') d++;
      if (tokens[j].text === ')') d--;
      const two = `${tokens[j].lower} ${tokens[j + 1]?.lower}`;
      if (d === 0 && (CLAUSES.includes(tokens[j].lower) || CLAUSES.includes(two) || tokens[j].text === ';')) break;
      out.push(tokens[j].text);
    }
    return out.join(' ').replace(/\s+([,)])/g, '$1').replace(/\(\s+/g, '(').replace(/\b(\w+)\s+\(/g, (m, w) => (KEYWORDS.has(w.toLowerCase()) ? m : `${w}(`));
  }
  return null;
}

export async function handle(input) {
  const sql = input.sql.trim();
  const tokens = tokenize(sql);
  const statement = (tokens[0]?.lower ?? 'unknown').toUpperCase();
  const tables = [];
  const joins = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (['from', 'join', 'into', 'update'].includes(t.lower) && tokens[i + 1]?.kind === 'identifier') {
      const name = tokens[i + 1].text;
      const aliasTok = tokens[i + 2]?.lower === 'as' ? tokens[i + 3] : tokens[i + 2];
      const alias = aliasTok?.kind === 'identifier' ? aliasTok.text : null;
      if (!tables.some((x) => x.name === name && x.alias === alias)) tables.push({ name, alias });
      if (t.lower === 'join') {
        const kindWords = [];
        for (let k = i - 1; k >= 0 && ['inner', 'left', 'right', 'full', 'outer', 'cross'].includes(tokens[k].lower); k--) kindWords.unshift(tokens[k].lower);
        const onAt = tokens.findIndex((x, k) => k > i && x.lower === 'on');
        const cond = [];
        for (let k = onAt + 1; onAt > 0 && k < tokens.length && !JOIN_END.includes(tokens[k].lower); k++) {
          cond.push(tokens[k].text);
        }
        joins.push({ type: (kindWords.join(' ') || 'inner').toUpperCase(), table: name, on: cond.join(' ') || null });
      }
    }
  }
  const where = clause(tokens, 'where');
  const filters = where ? where.split(/\s+(?:AND|and)\s+/) : [];
  const orderBy = clause(tokens, 'order by');
  const groupBy = clause(tokens, 'group by');
  const limit = clause(tokens, 'limit');

  const warnings = [];
  if (statement === 'SELECT' && tokens[1]?.text === '*') warnings.push('SELECT * reads every column; list the columns you need.');
  if ((statement === 'UPDATE' || statement === 'DELETE') && !where) warnings.push(`${statement} without WHERE changes every row of the table.`);
  if (/like\s+'%/i.test(sql)) warnings.push("LIKE with a leading % cannot use a B-tree index.");
  if (where && /\b(lower|upper|date|coalesce|substr)\s*\(/i.test(where)) warnings.push('A function on a column in WHERE prevents plain index use.');
  if (statement === 'SELECT' && orderBy && !limit) warnings.push('ORDER BY without LIMIT sorts the whole result.');
  if (joins.some((j) => !j.on && j.type !== 'CROSS')) warnings.push('A JOIN without ON produces a cartesian product.');

  const indexHints = new Set();
  for (const f of filters) {
    const m = f.match(/^([A-Za-z_][\w.]*)\s*(=|<|>|<=|>=|in|between)/i);
    if (m) indexHints.add(m[1]);
  }
  for (const j of joins) for (const col of (j.on ?? '').match(/[A-Za-z_]\w*\.[A-Za-z_]\w*/g) ?? []) indexHints.add(col);

  const parts = [`${statement} on ${tables.map((t) => t.name).join(', ') || 'no table'}`];
  if (joins.length) parts.push(`${joins.length} join${joins.length > 1 ? 's' : ''}`);
  if (filters.length) parts.push(`filtered by ${filters.length} condition${filters.length > 1 ? 's' : ''}`);
  if (groupBy) parts.push(`grouped by ${groupBy}`);
  if (orderBy) parts.push(`ordered by ${orderBy}`);
  if (limit) parts.push(`limited to ${limit} rows`);
  return { statement, summary: parts.join(', '), tables, joins, filters, groupBy, orderBy, limit: limit ? Number(limit) : null, warnings, indexHints: [...indexHints] };
}
