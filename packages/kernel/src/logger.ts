// pino logger that stamps every line with the current request id and tenant.
import { pino, type Logger, type LoggerOptions } from 'pino';
import { currentContext } from './context';

export type { Logger };

export function createLogger(name: string, opts: { level?: string } = {}): Logger {
  const options: LoggerOptions = {
    name,
    level: opts.level ?? 'info',
    base: undefined,
    mixin() {
      const ctx = currentContext();
      return ctx ? { requestId: ctx.requestId, tenantId: ctx.tenantId ?? undefined } : {};
    },
  };
  return pino(options);
}
