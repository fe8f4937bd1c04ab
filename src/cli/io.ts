import { access, readFile, writeFile, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { stripBom } from '../convert/files.js';
import { binaryProblem } from '../convert/intake.js';
import { formatProblem, n, type Conversion, type Problem } from '../convert/problems.js';
import { summarize } from '../convert/summary.js';

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

/** Options that take a value: valueOptions('id', 'title') → { id: { type: 'string' }, title: { type: 'string' } }. */
export const valueOptions = (...names: string[]): Options => Object.fromEntries(names.map((name) => [name, { type: 'string' }]));

/** `-o, --output <file>`: where a command writes its result (default: standard output). */
export const OUTPUT: Options = { output: { type: 'string', short: 'o' } };

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: Options;
  /** What its one argument is, for "missing …" (default: "the file"). */
  argument?: string;
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
  let bytes: Buffer;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      bytes = Buffer.concat(chunks);
    } else {
      if ((await stat(file)).isDirectory()) throw new CliError(`${file} is a folder, not a file`);
      bytes = await readFile(file);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${(e as Error).message})`);
  }
  // A workbook, an image, UTF-16 text: say what it is and what to do, as the studio does.
  const binary = binaryProblem(file === '-' ? 'standard input' : file, bytes.subarray(0, 4096));
  if (binary) throw new CliError(formatProblem({ ...binary, file: file === '-' ? 'standard input' : file }));
  return stripBom(bytes.toString('utf8'));
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

/**
 * Refuses to write over files that exist (a command's `--force` skips this): the first of them is
 * named, with how many more and what to do instead ("-d another folder", "-o another file").
 */
export async function refuseToOverwrite(paths: string[], instead: string): Promise<void> {
  const existing: string[] = [];
  for (const path of paths) {
    try {
      await access(path);
      existing.push(path);
    } catch {
      /* free */
    }
  }
  if (existing.length)
    throw new CliError(
      `${existing[0]}${existing.length > 1 ? ` (and ${n(existing.length - 1, 'other')})` : ''} already exists; use --force to overwrite, or ${instead}`,
    );
}

export const warn = (message: string) => process.stderr.write(`warning: ${message}\n`);
export const info = (message: string) => process.stderr.write(`${message}\n`);

/**
 * The end of a conversion command: its warnings on standard error, then either the dataset
 * written (to `-o file` or standard output) with an OK line, or its errors and a FAIL line.
 * With `overwrite: false`, an existing `-o` file is refused instead (the command's `--force`).
 */
export async function finishConversion(
  result: Conversion,
  out: string | undefined,
  errors: { line?: (p: Problem) => string; fail: (count: number) => string },
  { overwrite = true }: { overwrite?: boolean } = {},
): Promise<number> {
  for (const w of result.problems.filter((p) => p.severity === 'warning')) warn(formatProblem(w));
  if (!result.dataset) {
    const list = result.problems.filter((p) => p.severity === 'error');
    for (const p of list) process.stderr.write(`${(errors.line ?? formatProblem)(p)}\n`);
    process.stderr.write(`FAIL ${errors.fail(list.length)}; nothing was written\n`);
    return EXIT_INVALID;
  }
  if (!overwrite && out && out !== '-') await refuseToOverwrite([out], '-o another file');
  await writeOutput(JSON.stringify(result.dataset, null, 2) + '\n', out);
  info(`OK ${out && out !== '-' ? out : 'dataset'}: ${summarize(result.dataset)}`);
  return EXIT_OK;
}

/** A date flag must be a real dataset date. */
export function dateOption(name: string, value: string | boolean | undefined, isRealDate: (s: string) => boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isRealDate(value)) {
    throw new UsageError(`--${name} must be a date such as 2024-12-10, 2024-12 or 2024 (got ${JSON.stringify(value)})`);
  }
  return value;
}
