// `nexus` argument dispatch: picks the command, parses its flags, and turns errors into exit codes.
import { parseArgs } from 'node:util';
import { isDomainError } from '@nexus/kernel/errors';
import { type CliIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './cli-io';
import type { CliCommand } from './command';
import { deprecateCommand } from './command-deprecate';
import { distTagCommand } from './command-dist-tag';
import { infoCommand } from './command-info';
import { initCommand } from './command-init';
import { installCommand } from './command-install';
import { packCommand } from './command-pack';
import { publishCommand } from './command-publish';
import { validateCommand } from './command-validate';
import { printProblems } from './print-problems';

export const COMMANDS: CliCommand[] = [initCommand, validateCommand, packCommand, publishCommand, infoCommand, installCommand, deprecateCommand, distTagCommand];

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(generalHelp());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(generalHelp());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`nexus: unknown command "${name}"\n\n${generalHelp()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  try {
    const { positionals, values } = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    return await command.run({ positionals, values }, io);
  } catch (error) {
    // parseArgs reports unknown flags and missing values as TypeErrors with an ERR_PARSE_ARGS_* code.
    const code = (error as { code?: string }).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`nexus ${command.name}: ${(error as Error).message}\nusage: ${command.usage}`);
      return EXIT_USAGE;
    }
    if (isDomainError(error)) {
      io.err(`error: ${error.message}`);
      printProblems(io, error.problems.filter((p) => p.message !== error.message));
      return EXIT_FAILED;
    }
    io.err(`nexus ${command.name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    if (io.env.debug && error instanceof Error && error.stack) io.err(error.stack);
    else io.err('(this is a bug in nexus; NEXUS_DEBUG=1 shows the stack)');
    return EXIT_FAILED;
  }
}

function generalHelp(): string {
  return [
    'usage: nexus <command> [options]',
    '',
    ...COMMANDS.flatMap((c) => [`  ${c.usage.replace(/^nexus /, '')}`, `      ${c.summary}`]),
    '',
    "Registry commands take --registry <url> (or $NEXUS_REGISTRY) and --api-key <key> (or $NEXUS_API_KEY).",
    "nexus <command> --help shows a command's options. Exit codes: 0 ok, 1 failed, 2 wrong usage.",
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [`usage: ${command.usage}`, '', command.summary, ...(command.details ? ['', ...command.details.map((d) => `  ${d}`)] : [])].join('\n');
}
