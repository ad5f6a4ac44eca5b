// Checks a drawn workflow against the node types and turns it into an execution plan, or lists every problem by node.
import { findCycles, kahnLevels, type Arc } from './graph-order';
import type { NodeTypeRegistry, PortSpec } from './node-type';
import { describeSchemaType, isAssignable } from '@nexus/workflow-model/schema-compat';
import { ZWorkflowGraph, type TWorkflowNode } from './workflow-graph';

export type CompileErrorCode =
  | 'INVALID_GRAPH' | 'CYCLE' | 'UNKNOWN_NODE_TYPE' | 'INVALID_CONFIG' | 'REQUIRED_INPUT_UNCONNECTED'
  | 'TOO_MANY_INPUTS' | 'PORT_TYPE_MISMATCH' | 'UNKNOWN_PORT' | 'UNKNOWN_NODE' | 'NO_TRIGGER'
  | 'UNREACHABLE_NODE' | 'DUPLICATE_EDGE';

export interface CompileError {
  /** The node the builder highlights; null only for graph-wide problems (no trigger, malformed document). */
  nodeId: string | null;
  code: CompileErrorCode;
  message: string;
  field?: string;
  /** For CYCLE: the node ids around the loop, first id repeated at the end. */
  path?: string[];
}

export interface PortRef { node: string; port: string }
export interface PlanNode {
  id: string;
  type: string;
  config: Record<string, unknown>;
  inputs: { port: string; from: PortRef }[];
  outputs: Record<string, PortRef[]>;
}

export type CompileResult =
  | { ok: true; order: string[]; levels: string[][]; plan: Record<string, PlanNode> }
  | { ok: false; errors: CompileError[] };

interface Known { node: TWorkflowNode; trigger: boolean; inputs: PortSpec[] | null; outputs: PortSpec[] | null }

/** Collects all problems rather than stopping at the first, so the builder can mark every broken node at once. */
export function compileWorkflow(input: unknown, registry: NodeTypeRegistry): CompileResult {
  const parsed = ZWorkflowGraph.safeParse(input);
  if (!parsed.success) {
    const nodes = (input as { nodes?: { id?: unknown }[] } | null)?.nodes;
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const at = issue.path[0] === 'nodes' && typeof issue.path[1] === 'number' ? nodes?.[issue.path[1]]?.id : undefined;
        return { nodeId: typeof at === 'string' ? at : null, code: 'INVALID_GRAPH', message: issue.message, field: issue.path.join('.') };
      }),
    };
  }
  const graph = parsed.data;
  const errors: CompileError[] = [];
  const known = new Map<string, Known>();

  for (const node of graph.nodes) {
    const definition = registry.get(node.type);
    if (!definition) {
      errors.push({ nodeId: node.id, code: 'UNKNOWN_NODE_TYPE', message: `node type "${node.type}" is not registered`, field: 'type' });
      known.set(node.id, { node, trigger: false, inputs: null, outputs: null });
      continue;
    }
    const issues = registry.validateConfig(node.type, node.config);
    for (const issue of issues) errors.push({ nodeId: node.id, code: 'INVALID_CONFIG', message: issue.message, field: issue.field });
    const ports = registry.portsFor(node.type, node.config, issues.length === 0);
    known.set(node.id, { node, trigger: definition.category === 'trigger', ...ports });
  }

  const arcs: Arc[] = [];
  const seenEdges = new Set<string>();
  const incoming = new Map<string, PortRef[]>(); // `${node}:${port}` -> sources
  const outgoing = new Map<string, PortRef[]>();
  const planInputs = new Map<string, PlanNode['inputs']>();
  for (const edge of graph.edges) {
    const from = known.get(edge.source);
    const to = known.get(edge.target);
    const label = `${edge.source}.${edge.sourcePort} → ${edge.target}.${edge.targetPort}`;
    if (!from || !to) {
      const missing = from ? edge.target : edge.source;
      errors.push({ nodeId: from ? edge.source : to ? edge.target : missing, code: 'UNKNOWN_NODE', message: `edge ${label} refers to missing node "${missing}"` });
      continue;
    }
    const key = `${edge.source}\0${edge.sourcePort}\0${edge.target}\0${edge.targetPort}`;
    if (seenEdges.has(key)) {
      errors.push({ nodeId: edge.target, code: 'DUPLICATE_EDGE', message: `edge ${label} appears more than once`, field: `inputs.${edge.targetPort}` });
      continue;
    }
    seenEdges.add(key);
    arcs.push({ from: edge.source, to: edge.target });
    pushTo(incoming, `${edge.target}\0${edge.targetPort}`, { node: edge.source, port: edge.sourcePort });
    pushTo(outgoing, `${edge.source}\0${edge.sourcePort}`, { node: edge.target, port: edge.targetPort });
    pushTo(planInputs, edge.target, { port: edge.targetPort, from: { node: edge.source, port: edge.sourcePort } });

    const out = from.outputs?.find((p) => p.name === edge.sourcePort);
    const inp = to.inputs?.find((p) => p.name === edge.targetPort);
    if (from.outputs && !out) {
      errors.push({ nodeId: edge.source, code: 'UNKNOWN_PORT', message: `"${edge.source}" has no output port "${edge.sourcePort}" (has ${names(from.outputs)})`, field: `outputs.${edge.sourcePort}` });
    }
    if (to.inputs && !inp) {
      errors.push({ nodeId: edge.target, code: 'UNKNOWN_PORT', message: `"${edge.target}" has no input port "${edge.targetPort}" (has ${names(to.inputs)})`, field: `inputs.${edge.targetPort}` });
    }
    if (out && inp && !isAssignable(out.schema, inp.schema)) {
      errors.push({
        nodeId: edge.target,
        code: 'PORT_TYPE_MISMATCH',
        message: `edge ${label}: output is ${describeSchemaType(out.schema)} but input expects ${describeSchemaType(inp.schema)}`,
        field: `inputs.${edge.targetPort}`,
      });
    }
  }

  for (const { node, inputs } of known.values()) {
    for (const port of inputs ?? []) {
      const count = incoming.get(`${node.id}\0${port.name}`)?.length ?? 0;
      if (port.required && count === 0) {
        errors.push({ nodeId: node.id, code: 'REQUIRED_INPUT_UNCONNECTED', message: `input "${port.name}" of "${node.id}" must be connected`, field: `inputs.${port.name}` });
      }
      if (!port.multiple && count > 1) {
        errors.push({ nodeId: node.id, code: 'TOO_MANY_INPUTS', message: `input "${port.name}" of "${node.id}" takes one edge but has ${count}; join branches with a merge node`, field: `inputs.${port.name}` });
      }
    }
  }

  const ids = graph.nodes.map((n) => n.id);
  const triggers = [...known.values()].filter((k) => k.trigger).map((k) => k.node.id);
  if (triggers.length === 0) {
    errors.push({ nodeId: null, code: 'NO_TRIGGER', message: 'the workflow needs a trigger node (manual, webhook or schedule) to start from' });
  } else {
    const reached = reachableFrom(triggers, arcs);
    for (const id of ids) {
      if (!reached.has(id)) errors.push({ nodeId: id, code: 'UNREACHABLE_NODE', message: `"${id}" cannot be reached from any trigger` });
    }
  }

  const { levels, rest } = kahnLevels(ids, arcs);
  if (rest.length > 0) {
    const inRest = new Set(rest);
    for (const path of findCycles(rest, arcs.filter((a) => inRest.has(a.from) && inRest.has(a.to)))) {
      errors.push({ nodeId: path[0] ?? null, code: 'CYCLE', message: `cycle: ${path.join(' → ')}`, path });
    }
  }

  if (errors.length > 0) return { ok: false, errors };

  const plan: Record<string, PlanNode> = {};
  for (const { node, outputs } of known.values()) {
    plan[node.id] = {
      id: node.id,
      type: node.type,
      config: node.config,
      inputs: planInputs.get(node.id) ?? [],
      outputs: Object.fromEntries((outputs ?? []).map((p) => [p.name, outgoing.get(`${node.id}\0${p.name}`) ?? []])),
    };
  }
  return { ok: true, order: levels.flat(), levels, plan };
}

function pushTo<T>(map: Map<string, T[]>, key: string, ref: T): void {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
}

function names(ports: PortSpec[]): string {
  return ports.length === 0 ? 'none' : ports.map((p) => `"${p.name}"`).join(', ');
}

function reachableFrom(starts: string[], arcs: Arc[]): Set<string> {
  const next = new Map<string, string[]>();
  for (const { from, to } of arcs) pushTo(next, from, to);
  const seen = new Set(starts);
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++) {
    for (const to of (next.get(queue[head] as string) ?? [])) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
