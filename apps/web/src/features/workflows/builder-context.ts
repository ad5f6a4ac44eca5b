// What canvas nodes read besides their own data: node types, compile problems, run statuses and the diff highlight.
import type { Node } from '@xyflow/react';
import { createContext, useContext } from 'react';
import type { WorkflowCompileErrorFieldsFragment } from '../../gql/graphql';
import type { Config, GraphNode, NodeTypeInfo, WorkflowGraph } from './graph-model';
import type { NodeState } from './run-state';

export type CompileProblem = WorkflowCompileErrorFieldsFragment;

export type WfNodeData = { nodeType: string; config: Config };
export type WfNode = Node<WfNodeData, 'workflow'>;

export interface DiffMarks { added: ReadonlySet<string>; changed: ReadonlySet<string> }

export interface BuilderView {
  types: ReadonlyMap<string, NodeTypeInfo>;
  problems: ReadonlyMap<string, CompileProblem[]>;
  statuses: Readonly<Record<string, NodeState>>;
  diff: DiffMarks | null;
}

export const BuilderViewContext = createContext<BuilderView>({ types: new Map(), problems: new Map(), statuses: {}, diff: null });
export const useBuilderView = () => useContext(BuilderViewContext);

export function toFlowNode(node: GraphNode): WfNode {
  return { id: node.id, type: 'workflow', position: node.position, data: { nodeType: node.type, config: node.config } };
}

export function toGraphNode(node: WfNode): GraphNode {
  return { id: node.id, type: node.data.nodeType, config: node.data.config, position: { x: Math.round(node.position.x), y: Math.round(node.position.y) } };
}

/** Problems grouped by node id; those without one are graph-wide (key ''). */
export function groupProblems(problems: readonly CompileProblem[]): Map<string, CompileProblem[]> {
  const map = new Map<string, CompileProblem[]>();
  for (const p of problems) map.set(p.nodeId ?? '', [...(map.get(p.nodeId ?? '') ?? []), p]);
  return map;
}

export const sameGraph = (a: WorkflowGraph, b: WorkflowGraph): boolean => JSON.stringify(a) === JSON.stringify(b);
