// CSV export cells: RFC 4180 quoting and spreadsheet formula neutralisation.
import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_HEADER, csvCell, toAuditCsv } from './audit-csv';
import type { AuditRow } from './audit-log-repository';

/** A minimal RFC 4180 reader, to prove the output parses back to the original values. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

const row = (over: Partial<AuditRow> = {}): AuditRow => ({
  id: 'e1', seq: 1n, tenantId: 't', occurredAt: new Date('2026-11-26T09:30:00.000Z'), actorUserId: null, actorApiKeyId: null,
  actorLabel: 'ada@example.com', action: 'member.role_changed', source: 'tenancy', targetType: 'member', targetId: 'm1',
  targetLabel: 'Bo', ip: '203.0.113.9', requestId: 'r1', before: { role: 'MEMBER' }, after: { role: 'ADMIN' }, ...over,
});

describe('csvCell', () => {
  it('leaves plain text alone and writes null as empty', () => {
    expect(csvCell('member.invited')).toBe('member.invited');
    expect([csvCell(null), csvCell(undefined), csvCell('')]).toEqual(['', '', '']);
  });
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toAuditCsv', () => {
  it('writes the header and one CRLF-terminated record per row that parses back to the values', () => {
    const csv = toAuditCsv([row(), row({ targetLabel: 'Dee, "the boss"\nsecond line', actorLabel: '=cmd|\'/c calc\'!A1', before: null })]);
    expect(csv.startsWith(`${AUDIT_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, first, second, ...rest] = parseCsv(csv);
    expect(rest).toEqual([]);
    expect(header).toEqual([...AUDIT_CSV_HEADER]);
    expect(first).toEqual(['2026-11-26T09:30:00.000Z', 'ada@example.com', 'member.role_changed', 'tenancy', 'member', 'm1', 'Bo', '203.0.113.9', 'r1', '{"role":"MEMBER"}', '{"role":"ADMIN"}']);
    expect(second![1]).toBe("'=cmd|'/c calc'!A1");
    expect(second![6]).toBe('Dee, "the boss"\nsecond line');
    expect(second![9]).toBe('');
  });
});
