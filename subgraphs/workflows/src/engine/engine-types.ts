// The engine's plain-data run state and the executor contract; the state is JSON so a later store/queue can persist it.
import type { PlanNode } from '../graph/compile-workflow';

export type NodeStatus = 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'WAITING' | 'CANCELLED';
export type RunStatus = 'RUNNING' | 'WAITING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface NodeError { message: string; code: string }
export interface WaitRequest { resumeAt?: number; token?: string }

export interface NodeState {
  status: NodeStatus;
  attempts: number;
  /** The output port taken; edges from other ports are dead, so nodes only behind them get skipped. */
  port?: string;
  output?: unknown;
  error?: NodeError;
  wait?: WaitRequest;
  /** Completion number (1, 2, …) of the success, so merge `any` can tell which branch arrived first even after a resume. */
  doneSeq?: number;
}

export interface RunState {
  runId: string;
  status: RunStatus;
  input: unknown;
  /** Last event number; a resumed run keeps counting from here. */
  seq: number;
  nodes: Record<string, NodeState>;
  error?: NodeError & { nodeId: string };
  /** Nodes completed so far, for `doneSeq`. */
  done?: number;
}

export interface NodeResult {
  /** Branch taken; defaults to `out`. */
  port?: string;
  output: unknown;
  /** Pause this node (and the run once nothing else can move) until a time or a token. */
  wait?: WaitRequest;
}

export interface ExecutorContext {
  node: PlanNode;
  /** The value on the node's only input port, or an object by port when it has several; arrays for multi-edge ports. */
  input: unknown;
  attempt: number;
  signal: AbortSignal;
  now: number;
}

export type NodeExecutor = (ctx: ExecutorContext) => Promise<NodeResult>;

export type EngineEventType =
  | 'run.started' | 'run.resumed' | 'run.finished'
  | 'node.started' | 'node.succeeded' | 'node.failed' | 'node.retrying' | 'node.skipped' | 'node.waiting';

export interface EngineEvent {
  seq: number;
  type: EngineEventType;
  runId: string;
  at: number;
  nodeId?: string;
  attempt?: number;
  status?: RunStatus;
  error?: NodeError;
  delayMs?: number;
}

/** Time behind an interface so tests drive timeouts and backoff without waiting. */
export interface Clock {
  now(): number;
  /** Resolves after ms, or early (without error) when signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const DEFAULT_PORT = 'out';
