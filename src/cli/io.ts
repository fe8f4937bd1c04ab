import { readFile, writeFile, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { stripBom } from '../convert/files.js';

/** Exit codes: 0 fine, 1 the data has problems (or a file could not be read), 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** An error the user can act on: printed without a stack trace, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INVALID,
  ) {
    super(message);
  }
}

/** A wrong command line: the message, then the command's usage, exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: Options;
  /** How many positional arguments: at least `min`, at most `max` (Infinity for any). */
  args: { min: number; max: number };
  run(args: string[], values: Record<string, string | boolean | undefined>): Promise<number>;
}

/** Parses a command's arguments strictly: an unknown flag or a missing value is a usage error. */
export function parseCommandLine(cmd: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    // Node's messages name the flag; drop its advice about "--" that does not apply here.
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/** Reads a text file (or stdin for "-"), without its byte order mark. */
export async function readText(file: string): Promise<string> {
  let text: string;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      text = Buffer.concat(chunks).toString('utf8');
    } else {
      if ((await stat(file)).isDirectory()) throw new CliError(`${file} is a folder, not a file`);
      text = await readFile(file, 'utf8');
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${(e as Error).message})`);
  }
  return stripBom(text);
}

/** Writes the result to `-o file`, or to stdout. */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (out && out !== '-') {
    try {
      await writeFile(out, text);
    } catch (e) {
      throw new CliError(`${out}: cannot be written (${(e as Error).message})`);
    }
  } else {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
  }
}

export const warn = (message: string) => process.stderr.write(`warning: ${message}\n`);
export const info = (message: string) => process.stderr.write(`${message}\n`);

/** Today's date in UTC as YYYY-MM-DD (the dataset's dates are calendar dates). */
export const today = () => new Date().toISOString().slice(0, 10);

/** A date flag must be a real dataset date. */
export function dateOption(name: string, value: string | boolean | undefined, isRealDate: (s: string) => boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isRealDate(value)) {
    throw new UsageError(`--${name} must be a date such as 2024-12-10, 2024-12 or 2024 (got ${JSON.stringify(value)})`);
  }
  return value;
}

/** Plural helper for counts in messages. */
export const n = (count: number, word: string, plural = `${word}s`) => `${count} ${count === 1 ? word : plural}`;
