import pkg from '../../package.json' with { type: 'json' };
import { SHIPPED_LANGUAGES } from '../i18n/languages.js';
import { EXIT_INVALID, EXIT_OK, OUTPUT, UsageError, valueOptions, writeOutput, type Command } from './io.js';
import { readValidDataset } from './validate-command.js';

/**
 * `render`: the options checked, the dataset read and validated; the rendering itself
 * (render.ts, with Lit and @lit-labs/ssr) is loaded only when this command runs.
 */

const VIEWS = ['both', 'timeline', 'matrix'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
/** Every interface language. */
const INTERFACE: readonly string[] = SHIPPED_LANGUAGES;

export const renderCommand: Command = {
  name: 'render',
  summary: 'the explainer as static HTML (declarative shadow DOM), readable without JavaScript',
  args: { min: 1, max: 1 },
  options: { ...OUTPUT, ...valueOptions('lang', 'view', 'theme', 'heading-level'), fragment: { type: 'boolean' } },
  help: `Usage: policy-explainer render <file.json> [--lang es] [--view both|timeline|matrix] [-o page.html]

Renders the explainer to static HTML with @lit-labs/ssr, from the same templates the elements
use in the browser: the shadow DOM is written out as declarative shadow DOM
(<template shadowrootmode="open">), so browsers show the explainer with its styles and no script
at all. Inside the element, the same story is also written as plain HTML — title, summary, the
events as a list, the positions as a table, the sources — for RSS readers, AMP, Apple News and
other readers that drop <template>. The output contains no <script>.

Options:
  -o, --output <file>      write the HTML here (default: standard output)
  --lang <tag>             the language of the interface and, where the data has it, the text:
                           en (default), es, fr, de, pt, it or ar (right to left); a regional
                           tag such as pt-BR or es-MX is fine
  --view <view>            both (default), timeline or matrix
  --theme <theme>          auto (default, follows the reader's system), light or dark
  --heading-level <1-6>    the title's heading level (default: 2)
  --fragment               only the <policy-explainer> element, for an RSS item or a CMS field
  -h, --help               show this help

Needs the built elements (npm run build) and @lit-labs/ssr.
Exit code: 0 written, 1 invalid dataset, 2 wrong usage.`,
  async run([file], values) {
    const lang = (values.lang as string | undefined) ?? 'en';
    // A regional tag (es-MX, pt-BR) is fine; data text the dataset lacks falls back to English.
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) || !INTERFACE.includes(lang.split('-')[0]))
      throw new UsageError(`--lang must be one of ${INTERFACE.join(', ')} (got ${JSON.stringify(lang)})`);
    const view = (values.view as string | undefined) ?? 'both';
    if (!(VIEWS as readonly string[]).includes(view))
      throw new UsageError(`--view must be one of ${VIEWS.join(', ')} (got ${JSON.stringify(view)})`);
    const theme = (values.theme as string | undefined) ?? 'auto';
    if (!(THEMES as readonly string[]).includes(theme))
      throw new UsageError(`--theme must be one of ${THEMES.join(', ')} (got ${JSON.stringify(theme)})`);
    const level = Number((values['heading-level'] as string | undefined) ?? 2);
    if (!Number.isInteger(level) || level < 1 || level > 6)
      throw new UsageError(`--heading-level must be 1 to 6 (got ${JSON.stringify(values['heading-level'])})`);
    const dataset = await readValidDataset(file);
    if (!dataset) return EXIT_INVALID;
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
