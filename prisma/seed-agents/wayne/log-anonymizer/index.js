// Anonymises log lines: truncates IP addresses, replaces user ids with stable pseudonyms and redacts personal data.
/** FNV-1a, 32 bit: a stable pseudonym for the same id across lines and runs; not a cryptographic hash. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const IPV4 = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\b/gi;
const USER = /\b(user(?:_?id)?|uid|account)=("?)([^\s",]+)\2/gi;

export async function handle(input, ctx) {
  const salt = input.pseudonymPrefix ?? 'u';
  const stats = { ipv4: 0, ipv6: 0, users: 0 };
  const pseudonyms = {};
  const stage1 = input.lines.map((line) =>
    line
      .replace(IPV4, (m, a, b, c) => {
        stats.ipv4++;
        // Keep the /24 network so traffic patterns stay visible.
        return `${a}.${b}.${c}.0`;
      })
      .replace(IPV6, (m) => {
        stats.ipv6++;
        return `${m.split(':').slice(0, 3).join(':')}::`;
      })
      .replace(USER, (m, key, quote, id) => {
        stats.users++;
        pseudonyms[id] ??= `${salt}-${fnv1a(id)}`;
        return `${key}=${quote}${pseudonyms[id]}${quote}`;
      }),
  );
  const { redacted, counts } = await ctx.call('@wayne/pii-redactor', { text: stage1.join('\n'), types: ['email', 'phone', 'iban', 'card'] });
  return { lines: redacted.split('\n'), stats: { ...stats, ...counts }, distinctUsers: Object.keys(pseudonyms).length };
}
