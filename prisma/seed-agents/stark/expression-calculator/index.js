// Evaluates arithmetic expressions safely with the shunting-yard algorithm: + - * / % ^, parentheses, functions, variables.
const OPS = {
  '+': { prec: 2, assoc: 'left', fn: (a, b) => a + b },
  '-': { prec: 2, assoc: 'left', fn: (a, b) => a - b },
  '*': { prec: 3, assoc: 'left', fn: (a, b) => a * b },
  '/': { prec: 3, assoc: 'left', fn: (a, b) => { if (b === 0) throw new Error('division by zero'); return a / b; } },
  '%': { prec: 3, assoc: 'left', fn: (a, b) => a % b },
  '^': { prec: 4, assoc: 'right', fn: (a, b) => a ** b },
  'neg': { prec: 5, assoc: 'right', unary: true, fn: (a) => -a },
};
const FUNCS = { sqrt: [1, Math.sqrt], abs: [1, Math.abs], round: [1, Math.round], floor: [1, Math.floor], ceil: [1, Math.ceil], ln: [1, Math.log], min: [2, Math.min], max: [2, Math.max] };
const CONSTANTS = { pi: Math.PI, e: Math.E };

function toRpn(expression) {
  const tokens = expression.match(/\d+(?:\.\d+)?(?:e[-+]?\d+)?|[A-Za-z_]\w*|[-+*/%^(),]|\S/g) ?? [];
  const out = [];
  const stack = [];
  let prev = null;
  for (const tok of tokens) {
    if (/^\d/.test(tok)) out.push(Number(tok));
    else if (FUNCS[tok]) stack.push(tok);
    else if (/^[A-Za-z_]/.test(tok)) out.push({ name: tok });
    else if (tok === ',') {
      while (stack.length && stack[stack.length - 1] !== '(') out.push(stack.pop());
    } else if (tok === '(') stack.push(tok);
    else if (tok === ')') {
      while (stack.length && stack[stack.length - 1] !== '(') out.push(stack.pop());
      if (!stack.length) throw new Error('unbalanced ")"');
      stack.pop();
      if (FUNCS[stack[stack.length - 1]]) out.push(stack.pop());
    } else if (OPS[tok]) {
      // A minus at the start, after an operator or after "(" is a sign, not a subtraction.
      const op = tok === '-' && (prev === null || OPS[prev] || prev === '(' || prev === ',') ? 'neg' : tok;
      while (stack.length && OPS[stack[stack.length - 1]] && !OPS[op].unary) {
        const top = OPS[stack[stack.length - 1]];
        if (top.prec > OPS[op].prec || (top.prec === OPS[op].prec && OPS[op].assoc === 'left')) out.push(stack.pop());
        else break;
      }
      stack.push(op);
    } else throw new Error(`unexpected "${tok}"`);
    prev = tok;
  }
  while (stack.length) {
    const op = stack.pop();
    if (op === '(') throw new Error('unbalanced "("');
    out.push(op);
  }
  return out;
}

function run(rpn, variables) {
  const stack = [];
  for (const item of rpn) {
    if (typeof item === 'number') stack.push(item);
    else if (typeof item === 'object') {
      const value = variables[item.name] ?? CONSTANTS[item.name];
      if (value === undefined) throw new Error(`unknown variable "${item.name}"`);
      stack.push(value);
    } else {
      const [arity, fn] = FUNCS[item] ?? [OPS[item].unary ? 1 : 2, OPS[item].fn];
      if (stack.length < arity) throw new Error(`missing operand for "${item}"`);
      stack.push(fn(...stack.splice(stack.length - arity, arity)));
    }
  }
  if (stack.length !== 1) throw new Error('malformed expression');
  return stack[0];
}

export async function handle(input) {
  const rpn = toRpn(input.expression);
  const value = run(rpn, input.variables ?? {});
  const precision = input.precision ?? 10;
  return { result: Math.round(value * 10 ** precision) / 10 ** precision, rpn: rpn.map((x) => (typeof x === 'object' ? x.name : String(x))).join(' ') };
}
