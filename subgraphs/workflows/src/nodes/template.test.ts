import { describe, expect, it } from 'vitest';
import { renderTemplates, secretNamesIn } from './template';

const lookupFrom = (secrets: Record<string, string>, calls: string[] = []) => async (name: string) => {
  calls.push(name);
  return secrets[name] ?? null;
};

describe('{{ }} templates', () => {
  it('finds the secret names referenced, in every spelling, and only inside placeholders', () => {
    expect(secretNamesIn({ a: 'Bearer {{secrets.API_KEY}}', b: ['{{ secrets["other"] }}', '{{secrets.`odd-name`}}'], c: 'secrets.NOT_IN_A_PLACEHOLDER' }))
      .toEqual(['API_KEY', 'odd-name', 'other']);
  });

  it('renders input and secrets, fetching only the secrets referenced', async () => {
    const calls: string[] = [];
    const out = await renderTemplates({ url: 'https://x.test/users/{{input.id}}?q={{input.q}}', auth: 'Bearer {{secrets.TOKEN}}' }, { id: 7, q: 'a b' },
      lookupFrom({ TOKEN: 's3cret', UNUSED: 'never' }, calls));
    expect(out).toEqual({ url: 'https://x.test/users/7?q=a b', auth: 'Bearer s3cret' });
    expect(calls).toEqual(['TOKEN']);
  });

  it('keeps the value type when a string is one placeholder, and writes JSON when it is part of a text', async () => {
    const out = await renderTemplates({ whole: '{{ input }}', part: 'data={{input}}', missing: 'x{{input.nope}}y' }, { n: 1 }, lookupFrom({}));
    expect(out).toEqual({ whole: { n: 1 }, part: 'data={"n":1}', missing: 'xy' });
  });

  it('names a missing secret with SECRET_NOT_FOUND', async () => {
    await expect(renderTemplates('{{secrets.NOPE}}', null, lookupFrom({}))).rejects.toMatchObject({ code: 'SECRET_NOT_FOUND', message: expect.stringContaining('"NOPE"') });
  });

  it('reports a broken expression as EXPRESSION_ERROR', async () => {
    await expect(renderTemplates('{{ input.( }}', {}, lookupFrom({}))).rejects.toMatchObject({ code: 'EXPRESSION_ERROR' });
  });
});
