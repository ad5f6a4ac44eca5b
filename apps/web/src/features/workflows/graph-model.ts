// The builder's graph model: the stored JSON shape, node ids, ports per node, default config and connection rules.
import type { WorkflowNodeTypeFieldsFragment } from '../../gql/graphql';
import { asSchema, describeSchemaType, isAssignable, type JsonSchema } from '@nexus/workflow-model/schema-compat';

export type NodeTypeInfo = WorkflowNodeTypeFieldsFragment;
export type Config = Record<string, unknown>;

export interface GraphNode { id: string; type: string; config: Config; position: { x: number; y: number } }
export interface GraphEdge { source: string; sourcePort: string; target: string; targetPort: string }
export interface WorkflowGraph { nodes: GraphNode[]; edges: GraphEdge[] }

export interface Port { name: string; schema: JsonSchema; required: boolean; multiple: boolean }

export const ERROR_PORT = 'error';
const ERROR_PORT_SCHEMA: JsonSchema = { type: 'object', properties: { message: { type: 'string' }, code: { type: 'string' } }, required: ['message'] };

export const isTrigger = (type: NodeTypeInfo | undefined): boolean => type?.category.toLowerCase() === 'trigger';

/** Graph JSON from the API, with config forced to an object so forms can read it. */
export function normalizeGraph(graph: { nodes: readonly { id: string; type: string; config: unknown; position: { x: number; y: number } }[]; edges: readonly GraphEdge[] }): WorkflowGraph {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, type: n.type, config: asSchema(n.config) ?? {}, position: { x: n.position.x, y: n.position.y } })),
    edges: graph.edges.map((e) => ({ source: e.source, sourcePort: e.sourcePort, target: e.target, targetPort: e.targetPort })),
  };
}

/** A node read from outside (a pasted clip, an imported file): null unless it has an id, a type and a position {x, y}. */
export function nodeShape(item: unknown): GraphNode | null {
  const n = asSchema(item);
  const pos = asSchema(n?.position);
  if (!n || typeof n.id !== 'string' || !n.id || typeof n.type !== 'string' || !pos || !Number.isFinite(pos.x) || !Number.isFinite(pos.y)) return null;
  return { id: n.id, type: n.type, config: asSchema(n.config) ?? {}, position: { x: Number(pos.x), y: Number(pos.y) } };
}

/** An edge read from outside: null unless source, sourcePort, target and targetPort are strings. */
export function edgeShape(item: unknown): GraphEdge | null {
  const e = asSchema(item);
  if (!e || typeof e.source !== 'string' || typeof e.sourcePort !== 'string' || typeof e.target !== 'string' || typeof e.targetPort !== 'string') return null;
  return { source: e.source, sourcePort: e.sourcePort, target: e.target, targetPort: e.targetPort };
}

/** `transform_1`, `http_request_2`: the type with the lowest free number. */
export function nextNodeId(type: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = type.replace(/[^A-Za-z0-9]+/g, '_');
  for (let n = 1; ; n++) {
    const id = `${base}_${n}`;
    if (!used.has(id)) return id;
  }
}

/** Schema defaults, plus the first choice of a required enum and the minimum of a required number, so a new node starts close to valid. */
export function defaultConfig(type: NodeTypeInfo): Config {
  const schema = asSchema(type.configSchema) ?? {};
  const properties = asSchema(schema.properties) ?? {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const config: Config = {};
  for (const [name, raw] of Object.entries(properties)) {
    const prop = asSchema(raw) ?? {};
    if (prop.default !== undefined) config[name] = prop.default;
    else if (!required.includes(name)) continue;
    else if (Array.isArray(prop.enum) && prop.enum.length) config[name] = prop.enum[0];
    else if ((prop.type === 'integer' || prop.type === 'number') && typeof prop.minimum === 'number') config[name] = prop.minimum;
  }
  return config;
}

function toPort(port: NodeTypeInfo['inputs'][number]): Port {
  return { name: port.name, schema: asSchema(port.schema) ?? {}, required: port.required, multiple: port.multiple };
}

/** Ports of one node; switch-like types turn `config.cases[].port` into outputs, and steps always have `error`. */
export function portsOf(type: NodeTypeInfo | undefined, config: Config): { inputs: Port[]; outputs: Port[] } {
  if (!type) return { inputs: [], outputs: [] };
  const inputs = type.inputs.map(toPort);
  let outputs = type.outputs.map(toPort);
  if (Array.isArray(config.cases)) {
    const casePorts = config.cases
      .map((c) => asSchema(c)?.port)
      .filter((p): p is string => typeof p === 'string' && p.length > 0 && !outputs.some((o) => o.name === p));
    outputs = [...casePorts.map((name) => ({ name, schema: {}, required: false, multiple: false })), ...outputs];
  }
  if (!isTrigger(type) && !outputs.some((p) => p.name === ERROR_PORT)) {
    outputs = [...outputs, { name: ERROR_PORT, schema: ERROR_PORT_SCHEMA, required: false, multiple: false }];
  }
  return { inputs, outputs };
}

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

/** Whether `edge` may be added to `graph`: existing nodes and ports, no self-loop or duplicate, one edge per single input, compatible types. */
export function checkConnection(graph: WorkflowGraph, edge: GraphEdge, types: ReadonlyMap<string, NodeTypeInfo>): ConnectionCheck {
  const source = graph.nodes.find((n) => n.id === edge.source);
  const target = graph.nodes.find((n) => n.id === edge.target);
  if (!source || !target) return { ok: false, reason: 'Both ends must be nodes on the canvas.' };
  if (source.id === target.id) return { ok: false, reason: 'A node cannot feed itself.' };
  const out = portsOf(types.get(source.type), source.config).outputs.find((p) => p.name === edge.sourcePort);
  const into = portsOf(types.get(target.type), target.config).inputs.find((p) => p.name === edge.targetPort);
  if (!out) return { ok: false, reason: `${source.id} has no output “${edge.sourcePort}”.` };
  if (!into) return { ok: false, reason: `${target.id} has no input “${edge.targetPort}”.` };
  const same = (e: GraphEdge) => e.target === edge.target && e.targetPort === edge.targetPort;
  if (graph.edges.some((e) => same(e) && e.source === edge.source && e.sourcePort === edge.sourcePort)) return { ok: false, reason: 'These ports are already connected.' };
  if (!into.multiple && graph.edges.some(same)) return { ok: false, reason: `Input “${into.name}” of ${target.id} takes one connection; remove the existing one first.` };
  if (!isAssignable(out.schema, into.schema)) {
    return { ok: false, reason: `Type mismatch: ${source.id}.${out.name} gives ${describeSchemaType(out.schema)}, ${target.id}.${into.name} needs ${describeSchemaType(into.schema)}.` };
  }
  return { ok: true };
}

export const edgeId = (e: GraphEdge): string => `${e.source}:${e.sourcePort}->${e.target}:${e.targetPort}`;
