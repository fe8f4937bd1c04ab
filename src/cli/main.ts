/**
 * `policy-explainer` — the command line for datasets: validate them, convert spreadsheets and
 * TimelineJS files into them, render the explainer as static HTML, and check their sources' links.
 */
import pkg from '../../package.json' with { type: 'json' };
import { n } from '../convert/problems.js';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, parseCommandLine, type Command } from './io.js';
import { validateCommand } from './validate-command.js';
import { fromCsvCommand } from './from-csv.js';
import { fromSheetCommand } from './from-sheet.js';
import { toCsvCommand } from './to-csv.js';
import { fromTimelineJsCommand } from './from-timelinejs.js';
import { renderCommand } from './render-command.js';
import { checkLinksCommand } from './check-links.js';

export const COMMANDS: Command[] = [
  validateCommand,
  fromCsvCommand,
  fromSheetCommand,
  toCsvCommand,
  fromTimelineJsCommand,
  renderCommand,
  checkLinksCommand,
];

export const USAGE = `Usage: policy-explainer <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(17)}${c.summary}`).join('\n')}

Options:
  -h, --help       show this help; \`policy-explainer <command> --help\` for a command's
  -v, --version    print the version

Exit codes: 0 fine, 1 problems in the data (or a file that cannot be read; for check-links, a gone
link), 2 wrong usage.`;

const usageLine = (cmd: Command) => cmd.help.split('\n\n')[0];

/** Runs the command line; returns the exit code (printing everything itself). */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    const cmd = COMMANDS.find((c) => c.name === rest[0]);
    process.stdout.write(`${cmd ? cmd.help : `policy-explainer ${pkg.version}: ${pkg.description}\n\n${USAGE}`}\n`);
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${pkg.version}\n`);
    return EXIT_OK;
  }
  const cmd = COMMANDS.find((c) => c.name === first);
  if (!cmd) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
    process.stderr.write(`policy-explainer: ${what}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    const { values, positionals } = parseCommandLine(cmd, rest);
    if (values.help) {
      process.stdout.write(`${cmd.help}\n`);
      return EXIT_OK;
    }
    if (positionals.length < cmd.args.min)
      throw new UsageError(`missing ${cmd.args.min === 1 && cmd.args.max === 1 ? (cmd.argument ?? 'the file') : 'files'}`);
    if (positionals.length > cmd.args.max)
      throw new UsageError(`too many arguments (${n(positionals.length, 'file')}; this command takes ${cmd.args.max})`);
    return await cmd.run(positionals, values);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(
        `policy-explainer ${cmd.name}: ${e.message}\n\n${usageLine(cmd)}\nRun "policy-explainer ${cmd.name} --help" for more.\n`,
      );
      return EXIT_USAGE;
    }
    if (e instanceof CliError) {
      process.stderr.write(`policy-explainer ${cmd.name}: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`policy-explainer ${cmd.name}: unexpected error (please report it):\n${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT_INVALID;
  }
}
