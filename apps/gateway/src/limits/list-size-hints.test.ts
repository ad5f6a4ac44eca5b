// Small fixed lists are priced at their realistic size; unknown lists keep the pessimistic default.
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';
import { operationCost, DEFAULT_LIST_SIZE } from './cost-limit';

const schema = buildSchema(`
  type Finding { code: String }
  type PublishStep { name: String findings: [Finding!]! }
  type PublishReport { steps: [PublishStep!]! }
  type Other { items: [Finding!]! }
  type Query { report: PublishReport other: Other }
`);

const cost = (q: string) => {
  const doc = parse(q);
  return operationCost({ schema, operation: doc.definitions[0] as OperationDefinitionNode, fragments: new Map(), variables: {} });
};

it('uses the hint for PublishReport.steps and PublishStep.findings', () => {
  // report(1) + steps(1) + 8 × (name(1) + findings(1) + 10 × code(1))
  expect(cost('{ report { steps { name findings { code } } } }')).toBe(1 + 1 + 8 * (1 + 1 + 10));
});

it('keeps the default for lists without a hint', () => {
  expect(cost('{ other { items { code } } }')).toBe(1 + 1 + DEFAULT_LIST_SIZE);
});
