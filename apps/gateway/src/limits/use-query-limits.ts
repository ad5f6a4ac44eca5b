// Envelop plugin: token, depth, alias and cost limits, all before anything reaches a subgraph.
import { getOperationAST, type ExecutionArgs } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { aliasLimitRule } from './alias-limit';
import { costLimitError } from './cost-limit';
import { depthLimitRule } from './depth-limit';
import { fragmentsOf } from './selections';
import { assertTokenLimit } from './token-limit';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
}

export function useQueryLimits(limits: QueryLimits): GatewayPlugin {
  const rules = [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)];
  // Cost needs variables (`first: $n`), so it runs at execution time, still before the planner calls subgraphs.
  const costError = (args: ExecutionArgs) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return null;
    return costLimitError({ schema: args.schema, operation, fragments: fragmentsOf(args.document), variables: args.variableValues }, limits.maxCost);
  };
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      assertTokenLimit(source, limits.maxTokens);
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = costError(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = costError(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
