import { describe, expect, it } from 'vitest';
import { readRunsQuery, runDuration, runsHref, toRunsVariables } from './runs-query';

const WF = '6c859872-3462-4373-a1f2-9d3a7040c976';

describe('readRunsQuery', () => {
  it('keeps known filters, upper-casing them, and drops the rest', () => {
    expect(readRunsQuery({ status: 'failed', trigger: 'Webhook', workflow: WF, after: 'abc' })).toEqual({ status: 'FAILED', trigger: 'WEBHOOK', workflowId: WF, after: 'abc' });
    expect(readRunsQuery({ status: 'DONE', trigger: ['MANUAL', 'API'], workflow: 'x; drop table' })).toEqual({ status: '', trigger: '', workflowId: '', after: null });
  });
});

describe('toRunsVariables and runsHref', () => {
  it('sends only the filters that are set and round-trips them through the URL', () => {
    const query = readRunsQuery({ status: 'SUCCEEDED', workflow: WF });
    expect(toRunsVariables(query, 25)).toEqual({ first: 25, after: null, workflowId: WF, status: ['SUCCEEDED'], trigger: null });
    expect(toRunsVariables(readRunsQuery({}), 25)).toEqual({ first: 25, after: null, workflowId: null, status: null, trigger: null });
    const href = runsHref(query, 'next+cursor');
    expect(href).toBe(`/console/workflows/runs?workflow=${WF}&status=SUCCEEDED&after=next%2Bcursor`);
    expect(readRunsQuery(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual({ ...query, after: 'next+cursor' });
    expect(runsHref(readRunsQuery({}), null)).toBe('/console/workflows/runs');
  });
});

describe('runDuration', () => {
  it('measures finished runs, running ones up to now, and nothing before the start', () => {
    expect(runDuration('2026-11-26T10:00:00.000Z', '2026-11-26T10:00:01.250Z')).toBe(1250);
    expect(runDuration('2026-11-26T10:00:00.000Z', null, Date.parse('2026-11-26T10:00:05.000Z'))).toBe(5000);
    expect(runDuration(null, null)).toBeNull();
    expect(runDuration('not a date', null)).toBeNull();
  });
});
