// Sends the Hive runtime's own logs through our pino logger, so the gateway writes one log stream.
import { Logger as HiveLogger, type LogLevel, type LogWriter } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@nexus/kernel/logger';

class PinoWriter implements LogWriter {
  constructor(private readonly pino: Logger) {}

  write(level: LogLevel, attrs: unknown, msg: string | null | undefined): void {
    const fields = attrs && typeof attrs === 'object' && !Array.isArray(attrs) ? attrs : attrs === undefined || attrs === null ? {} : { attrs };
    this.pino[level](fields, msg ?? '');
  }
}

export function hiveLoggerFor(pino: Logger): HiveLogger {
  const level = pino.level === 'silent' ? false : (['trace', 'debug', 'info', 'warn', 'error'].includes(pino.level) ? pino.level : 'info') as LogLevel;
  return new HiveLogger({ level, writers: [new PinoWriter(pino.child({ component: 'hive-runtime' }))] });
}
