// The LSA basis is rebuilt only once the catalogue has drifted by more than the rebuild ratio.
import { describe, expect, it } from 'vitest';
import { agentDoc } from '../ports/search-index.contract';
import { createSemanticIndex } from './semantic-index';

const topics = ['rain wind forecast', 'invoice bill supplier', 'translate language subtitle', 'code review bug', 'photo image tag'];
const base = Array.from({ length: 40 }, (_, i) => agentDoc(`d${i}`, { description: `${topics[i % 5]} agent number${i % 7}` }));
const newcomer = (i: number) => agentDoc(`n${i}`, { description: 'telescope astronomy stargazing' });

describe('semantic index', () => {
  it('folds new docs into the old basis until more than 10% changed, then relearns the vocabulary', () => {
    const docs = new Map(base.map((d) => [d.id, d]));
    const sem = createSemanticIndex();
    for (const d of base) sem.upsert(d);
    sem.refresh(() => docs.values());
    expect(sem.query('forecast')).not.toBeNull();

    // 4 changes on 40 docs is exactly 10%: still the old basis, which has never seen "telescope".
    for (const i of [0, 1, 2, 3]) {
      docs.set(`n${i}`, newcomer(i));
      sem.upsert(newcomer(i));
    }
    sem.refresh(() => docs.values());
    expect(sem.query('telescope')).toBeNull();
    // Folded-in docs are still searchable by the words the basis knows.
    expect(sem.query('forecast')!.similarity('d0')).toBeGreaterThan(0.5);

    docs.set('n4', newcomer(4));
    sem.upsert(newcomer(4));
    sem.refresh(() => docs.values());
    const q = sem.query('telescope');
    expect(q).not.toBeNull();
    expect(q!.similarity('n4')).toBeGreaterThan(0.9);
    expect(q!.similarity('d0')).toBeLessThan(0.2);
  });

  it('removes a doc from the neighbours it can be found among', () => {
    const docs = new Map(base.map((d) => [d.id, d]));
    const sem = createSemanticIndex();
    for (const d of base) sem.upsert(d);
    sem.refresh(() => docs.values());
    sem.remove('d0');
    const seen: string[] = [];
    sem.query('forecast')!.forEach((id) => seen.push(id));
    expect(seen).not.toContain('d0');
    expect(seen).toContain('d5');
  });
});
