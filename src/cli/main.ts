/**
 * `policy-explainer` — the command line for datasets: validate them, convert spreadsheets and
 * TimelineJS files into them, and render the explainer as static HTML.
 */
import pkg from '../../package.json' with { type: 'json' };
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, n, parseCommandLine, readText, writeOutput, type Command } from './io.js';
import { validateCommand, checkText, formatReport } from './validate-command.js';
import { fromCsvCommand } from './from-csv.js';
import { toCsvCommand } from './to-csv.js';
import { fromTimelineJsCommand } from './timelinejs.js';
import type { Dataset } from '../data/types.js';
import { LANGUAGES } from '../data/i18n.js';

const VIEWS = ['both', 'timeline', 'matrix'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

const renderCommand: Command = {
  name: 'render',
  summary: 'the explainer as static HTML (declarative shadow DOM), readable without JavaScript',
  args: { min: 1, max: 1 },
  options: {
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    view: { type: 'string' },
    theme: { type: 'string' },
    'heading-level': { type: 'string' },
    fragment: { type: 'boolean' },
  },
  help: `Usage: policy-explainer render <file.json> [--lang es] [--view both|timeline|matrix] [-o page.html]

Renders the explainer to static HTML with @lit-labs/ssr, from the same templates the elements
use in the browser: the shadow DOM is written out as declarative shadow DOM
(<template shadowrootmode="open">), so browsers show the explainer with its styles and no script
at all. Inside the element, the same story is also written as plain HTML — title, summary, the
events as a list, the positions as a table, the sources — for RSS readers, AMP, Apple News and
other readers that drop <template>. The output contains no <script>.

Options:
  -o, --output <file>      write the HTML here (default: standard output)
  --lang <en|es>           the language of the text and the interface (default: en)
  --view <view>            both (default), timeline or matrix
  --theme <theme>          auto (default, follows the reader's system), light or dark
  --heading-level <1-6>    the title's heading level (default: 2)
  --fragment               only the <policy-explainer> element, for an RSS item or a CMS field
  -h, --help               show this help

Needs the built elements (npm run build) and @lit-labs/ssr.
Exit code: 0 written, 1 invalid dataset, 2 wrong usage.`,
  async run([file], values) {
    const lang = (values.lang as string | undefined) ?? 'en';
    // The interface speaks en and es (a regional tag such as es-MX is fine); data text falls back to English.
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) || !(LANGUAGES as readonly string[]).includes(lang.split('-')[0]))
      throw new UsageError(`--lang must be ${LANGUAGES.join(' or ')} (got ${JSON.stringify(lang)})`);
    const view = (values.view as string | undefined) ?? 'both';
    if (!(VIEWS as readonly string[]).includes(view))
      throw new UsageError(`--view must be one of ${VIEWS.join(', ')} (got ${JSON.stringify(view)})`);
    const theme = (values.theme as string | undefined) ?? 'auto';
    if (!(THEMES as readonly string[]).includes(theme))
      throw new UsageError(`--theme must be one of ${THEMES.join(', ')} (got ${JSON.stringify(theme)})`);
    const level = Number((values['heading-level'] as string | undefined) ?? 2);
    if (!Number.isInteger(level) || level < 1 || level > 6)
      throw new UsageError(`--heading-level must be 1 to 6 (got ${JSON.stringify(values['heading-level'])})`);
    const text = await readText(file);
    const report = checkText(file, text);
    if (!report.ok) {
      process.stderr.write(formatReport(report));
      return EXIT_INVALID;
    }
    const dataset = JSON.parse(text) as Dataset;
    const { renderHtml } = await import('./render.js');
    const page = await renderHtml(dataset, {
      lang,
      view: view as (typeof VIEWS)[number],
      theme: theme as (typeof THEMES)[number],
      headingLevel: level,
      fragment: Boolean(values.fragment),
      generator: `policy-explainer ${pkg.version}`,
    });
    await writeOutput(page, values.output as string | undefined);
    const out = values.output as string | undefined;
    if (out && out !== '-') process.stderr.write(`OK ${out}: ${Buffer.byteLength(page)} bytes\n`);
    return EXIT_OK;
  },
};

export const COMMANDS: Command[] = [validateCommand, fromCsvCommand, toCsvCommand, fromTimelineJsCommand, renderCommand];

export const USAGE = `Usage: policy-explainer <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(17)}${c.summary}`).join('\n')}

Options:
  -h, --help       show this help; \`policy-explainer <command> --help\` for a command's
  -v, --version    print the version

Exit codes: 0 fine, 1 problems in the data (or a file that cannot be read), 2 wrong usage.`;

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
      throw new UsageError(`missing ${cmd.args.min === 1 && cmd.args.max === 1 ? 'the file' : 'files'}`);
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
