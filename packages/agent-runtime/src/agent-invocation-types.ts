// Public shapes of an agent invocation: the package handed to the runtime, the host hooks, and the result.
export type AgentErrorCode =
  | 'TIMEOUT'
  | 'MEMORY_LIMIT'
  | 'RUNTIME_ERROR'
  | 'INVALID_OUTPUT'
  | 'PERMISSION_DENIED'
  | 'ENTRY_NOT_FOUND';

export type AgentLogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface AgentLogEntry {
  level: AgentLogLevel;
  message: string;
  /** Epoch milliseconds when the host received the entry. */
  at: number;
}

export interface AgentConstraints {
  timeoutMs?: number;
  memoryMb?: number;
  maxOutputBytes?: number;
}

export interface AgentPermissions {
  /** Exact host names or `*.example.com` wildcards (which match sub-domains only). */
  hosts?: readonly string[];
  secrets?: readonly string[];
}

/** An unpacked agent package: its JS files by package-relative path, and the manifest fields the sandbox needs. */
export interface AgentPackage {
  name: string;
  version: string;
  entry: string;
  files: ReadonlyMap<string, string>;
  constraints?: AgentConstraints;
  permissions?: AgentPermissions;
  /** When given, `ctx.call` to a name outside it is denied before the host is asked. */
  dependencies?: Readonly<Record<string, string>>;
}

export interface HostFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface HostFetchResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type HostFetch = (url: string, init: HostFetchInit) => Promise<HostFetchResponse>;

export interface InvokeOptions {
  secrets?: Readonly<Record<string, string>>;
  fetch?: HostFetch;
  /** Resolves and invokes a declared dependency; throws when the name is not one. */
  call?: (dependency: string, input: unknown) => Promise<unknown>;
  log?: (level: AgentLogLevel, message: string) => void;
  signal?: AbortSignal;
}

interface InvocationMeta {
  durationMs: number;
  /** V8 heap in use (plus external memory) when the agent finished; the limit itself on MEMORY_LIMIT. */
  memoryBytes: number;
  logs: AgentLogEntry[];
}

export type AgentInvocationResult =
  | ({ ok: true; output: unknown } & InvocationMeta)
  | ({ ok: false; error: { code: AgentErrorCode; message: string } } & InvocationMeta);

export interface AgentRuntime {
  /** Runs one invocation in a fresh context. Agent faults come back as `ok: false`; it never throws for them. */
  invoke(pkg: AgentPackage, input: unknown, options?: InvokeOptions): Promise<AgentInvocationResult>;
  /** Disposes every isolate, idle or running; later `invoke` calls throw. */
  dispose(): void;
}
