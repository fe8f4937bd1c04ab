import { stat } from 'node:fs/promises';
import pkg from '../../package.json' with { type: 'json' };
import {
  checkLinks,
  describeStatus,
  DEFAULT_TIMEOUT_MS,
  type LinkCheck,
  type LinkReport,
  type LinkStatus,
} from '../convert/check-links.js';
import { csvToDataset } from '../convert/from-csv.js';
import { tableOf } from '../convert/csv-read.js';
import { formatProblem, n, type Problem } from '../convert/problems.js';
import type { Dataset } from '../data/types.js';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './io.js';
import { readInputs } from './from-csv.js';
import { readValidDataset } from './validate-command.js';

/**
 * `check-links`: the dataset read (a JSON file, or a folder of CSV tabs as from-csv reads them),
 * its sources' links checked by src/convert/check-links.ts with Node's fetch, and the result
 * printed. A gone link fails the command, so a newsroom's CI can run it.
 */

const homepage = (pkg as { homepage?: string }).homepage ?? `https://www.npmjs.com/package/${pkg.name}`;
/** Who is asking, for the sites' logs: the tool, its version, and where to read about it. */
export const USER_AGENT = `${pkg.name}-check-links/${pkg.version} (+${homepage})`;

/** A JSON file (or "-"), or a folder of CSV tabs: the dataset, or undefined after its problems are printed. */
async function readDataset(input: string): Promise<Dataset | undefined> {
  const isDir = input !== '-' && (await stat(input).catch(() => undefined))?.isDirectory();
  if (!isDir) return readValidDataset(input);
  const skipped: Problem[] = [];
  const files = await readInputs([input], skipped);
  // Only the sources matter here: a folder without dataset.csv needs no title or date for that.
  const story = files.some((f) => tableOf(f.name) === 'dataset') ? {} : { title: 'check-links', asOf: '2000' };
  const result = csvToDataset(files, { story });
  const errors = result.problems.filter((p) => p.severity === 'error');
  for (const p of errors) process.stderr.write(`${formatProblem(p)}\n`);
  if (!result.dataset) process.stderr.write(`FAIL ${n(errors.length, 'problem')} in ${input}; no link was checked\n`);
  return result.dataset;
}

/** Each status in a count: "3 ok, 1 redirected, 1 gone, 1 timed out". */
const COUNTED: Record<LinkStatus, string> = {
  ok: 'ok',
  redirected: 'redirected',
  gone: 'gone',
  'http-error': 'other HTTP error',
  unreachable: 'unreachable',
  timeout: 'timed out',
  cors: 'not checked (CORS)',
};

const line = (c: LinkCheck) => {
  const where = c.finalUrl ? `${c.url} → ${c.finalUrl}` : c.url;
  return `${describeStatus(c).padEnd(19)}${where}${c.detail && c.status !== 'cors' ? ` (${c.detail})` : ''}`;
};

/** The report as text: each source with its links, then one line of counts and the verdict. */
export function formatLinkReport(report: LinkReport): string {
  const out: string[] = [];
  for (const s of report.sources) {
    out.push(`${s.id}  ${s.label}`);
    out.push(`  url       ${s.url ? line(s.url) : 'none in the data'}`);
    const bad = s.url && s.url.status !== 'ok' && s.url.status !== 'redirected';
    out.push(
      `  archived  ${s.archived ? line(s.archived) : `none in the data${bad ? ': add one (archived) if a web archive holds the page' : ''}`}`,
    );
  }
  const links = report.sources.reduce((sum, s) => sum + (s.url ? 1 : 0) + (s.archived ? 1 : 0), 0);
  const counts = (Object.entries(report.counts) as Array<[LinkStatus, number]>)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${COUNTED[status]}`)
    .join(', ');
  const archivedCount = report.sources.filter((s) => s.archived).length;
  const withUrl = report.sources.filter((s) => s.url).length;
  if (out.length) out.push('');
  out.push(
    `${n(links, 'link')} in ${n(report.sources.length, 'source')}${links ? `: ${counts}` : ''}; ${archivedCount} of ${n(withUrl, 'source')} with a URL ${archivedCount === 1 ? 'has' : 'have'} an archived copy` +
      (report.withoutLinks.length
        ? `; ${n(report.withoutLinks.length, 'source')} without a link (${report.withoutLinks.slice(0, 5).join(', ')}${report.withoutLinks.length > 5 ? ', …' : ''})`
        : ''),
  );
  const gone = report.sources.flatMap((s) =>
    (['url', 'archived'] as const)
      .filter((which) => s[which]?.status === 'gone')
      .map((which) =>
        which === 'url' ? `${s.id} (${s.archived ? 'it has an archived copy' : 'no archived copy'})` : `${s.id}'s archived copy`,
      ),
  );
  out.push(gone.length ? `FAIL ${n(gone.length, 'gone link')}: ${gone.join('; ')}` : 'OK no link is gone');
  return out.join('\n') + '\n';
}

export const checkLinksCommand: Command = {
  name: 'check-links',
  summary: "check every source's link and archived copy: ok, redirected, gone, unreachable",
  args: { min: 1, max: 1 },
  options: { json: { type: 'boolean' }, timeout: { type: 'string' } },
  help: `Usage: policy-explainer check-links <story.json | folder of CSV tabs> [--timeout 10] [--json]

Checks the link (url) and the archived copy (archived) of every source in a dataset, a JSON file
or a folder of a spreadsheet's CSV tabs as from-csv reads them, and reports each as

  ok                 the page answers
  redirected         it answers at another address, shown after →: update the link
  gone (404)         404 Not Found or 410 Gone: find the page again, or link an archived copy
  HTTP 503           another answer (403, 429, 5xx…): the site said no, for now
  unreachable        no answer: no such host, connection refused or dropped, a TLS problem
  timed out          no answer within the timeout

and whether the data holds an archived copy of the page. It is polite: HEAD first, GET only where
HEAD is refused (or says 4xx, to be sure before failing), one request at a time per site, each
URL once, no cookies, and a User-Agent naming it:
  ${USER_AGENT}

Options:
  --timeout <seconds>   how long to wait for each answer (default: ${DEFAULT_TIMEOUT_MS / 1000})
  --json                print the report as JSON
  -h, --help            show this help

Exit code: 0 when no link is gone, 1 when one is (or the data has problems), 2 on wrong usage.
Redirects, other HTTP errors and unreachable sites are reported, but do not fail the command.`,
  async run([input], values) {
    let timeoutMs = DEFAULT_TIMEOUT_MS;
    if (values.timeout !== undefined) {
      const seconds = Number(values.timeout);
      if (typeof values.timeout !== 'string' || !/^\d+(\.\d+)?$/.test(values.timeout) || !(seconds > 0) || seconds > 600)
        throw new UsageError(`--timeout must be a number of seconds above 0, at most 600 (got ${JSON.stringify(values.timeout)})`);
      timeoutMs = seconds * 1000;
    }
    const dataset = await readDataset(input);
    if (!dataset) return EXIT_INVALID;
    const report = await checkLinks(dataset, { fetch: globalThis.fetch, timeoutMs, userAgent: USER_AGENT });
    if (values.json) {
      const json = {
        tool: `${pkg.name}-check-links`,
        version: pkg.version,
        userAgent: USER_AGENT,
        timeoutSeconds: timeoutMs / 1000,
        ...report,
      };
      process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    } else process.stdout.write(formatLinkReport(report));
    return report.ok ? EXIT_OK : EXIT_INVALID;
  },
};
