// Collects an invocation's log lines with a cap on count and size, and forwards them to the host logger.
import type { AgentLogEntry, AgentLogLevel } from './agent-invocation-types.ts';

const LEVELS: ReadonlySet<string> = new Set<AgentLogLevel>(['debug', 'info', 'warn', 'error']);

export interface LogSink {
  add(level: string, message: string): void;
  readonly entries: AgentLogEntry[];
}

export function createLogSink(opts: {
  maxEntries: number;
  maxMessageChars: number;
  forward?: (level: AgentLogLevel, message: string) => void;
}): LogSink {
  const entries: AgentLogEntry[] = [];
  let dropped = false;

  const push = (level: AgentLogLevel, message: string) => {
    entries.push({ level, message, at: Date.now() });
    try {
      opts.forward?.(level, message);
    } catch {
      // The host's logger failing must not fail the agent.
    }
  };

  return {
    entries,
    add(level, message) {
      if (entries.length >= opts.maxEntries) {
        if (!dropped) push('warn', `Log limit of ${opts.maxEntries} entries reached; further logs were dropped`);
        dropped = true;
        return;
      }
      const safeLevel = LEVELS.has(level) ? (level as AgentLogLevel) : 'info';
      const text = message.length > opts.maxMessageChars ? `${message.slice(0, opts.maxMessageChars)}… [truncated]` : message;
      push(safeLevel, text);
    },
  };
}
