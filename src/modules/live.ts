import type { Dataset } from '../data/types.js';
import type { LoadResult } from '../data/load.js';
import { readSheet } from '../convert/sheets.js';
import { formatProblem } from '../convert/problems.js';
import { validate } from '../data/validate.js';

/**
 * A live story: a spreadsheet's link in `src` (Google Sheets' share or "Publish to the web" link,
 * or a CSV URL per tab). An on-demand module (dist/modules/live.js), loaded only for such a `src`.
 * Each visit reads the sheet once (no polling; the browser's HTTP cache applies). Whatever goes
 * wrong (unshared, unpublished, throttled, slow, an edit with errors), the reader gets the last
 * good story: the newest of the page's snapshot (an inline JSON child) and a copy this browser
 * kept from an earlier visit; the console names each problem by tab, row and column.
 */

/** What the element shows, and why. */
export type LiveResult =
  { ok: true; dataset: Dataset; from: 'sheet' | 'snapshot' | 'kept'; problems: string[] } | { ok: false; problems: string[] };

/** Where this browser keeps the last good copy of a live story (localStorage, by link). */
const KEY = 'policy-explainer:last-good:';

interface Kept {
  dataset: Dataset;
  /** When it was read (ISO 8601). */
  fetchedAt: string;
}

function kept(link: string): Kept | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(KEY + link) ?? 'null') as Kept | null;
    if (!value || typeof value.fetchedAt != 'string') return undefined;
    // What a browser kept is foreign data too: it is checked again before it is shown.
    const checked = validate(value.dataset);
    return checked.ok ? { dataset: checked.dataset, fetchedAt: value.fetchedAt } : undefined;
  } catch {
    // No storage (a private window, a sandboxed frame, storage turned off), or a copy in a bad state.
    return undefined;
  }
}

function keep(link: string, dataset: Dataset, fetchedAt: string): void {
  try {
    localStorage.setItem(KEY + link, JSON.stringify({ dataset, fetchedAt } satisfies Kept));
  } catch {
    // Full or refused: the snapshot still stands in.
  }
}

/** The newer of the snapshot and the kept copy: the kept copy when it was read after the snapshot's `updated` day. */
function lastGood(link: string, snapshot: Dataset | undefined): LiveResult | undefined {
  const copy = kept(link);
  if (copy && (!snapshot || copy.fetchedAt.slice(0, 10) > snapshot.updated))
    return { ok: true, dataset: copy.dataset, from: 'kept', problems: [] };
  return snapshot ? { ok: true, dataset: snapshot, from: 'snapshot', problems: [] } : undefined;
}

/**
 * Reads the sheet at `link`; gives its story when it reads and validates, else the last good one
 * (with the reasons), else the problems alone.
 */
export async function readLive(
  link: string,
  snapshot: Dataset | undefined,
  { signal, timeoutMs }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<LiveResult> {
  // readSheet asks without cookies itself; the page's fetch is read at each call (tests stand in for Google there).
  const result = await readSheet(link, { fetch: (input, init) => fetch(input, init), signal, timeoutMs });
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  if (result.dataset && !errors.length) {
    keep(link, result.dataset, result.fetchedAt);
    return { ok: true, dataset: result.dataset, from: 'sheet', problems: [] };
  }
  const why = [...(result.failure ? [result.failure.message] : []), ...errors];
  const fallback = lastGood(link, snapshot);
  return fallback ? { ...fallback, problems: why } : { ok: false, problems: why.length ? why : ['the sheet gave no story'] };
}

/**
 * What an element shows for a live `src` and its inline snapshot (JSON text, or null): the
 * sheet's story, else the last good one with the reasons in the console, else an error.
 */
export async function loadLive(
  link: string,
  inline: string | null,
  options: { signal?: AbortSignal; timeoutMs?: number },
): Promise<LoadResult | undefined> {
  let snapshot: Dataset | undefined;
  if (inline !== null) {
    try {
      const checked = validate(JSON.parse(inline));
      if (checked.ok) snapshot = checked.dataset;
      else
        console.error(
          `policy-explainer: the inline snapshot is not a valid dataset:\n${checked.problems.map((p) => `  ${p.path || '/'}: ${p.message}`).join('\n')}`,
        );
    } catch (e) {
      console.error(`policy-explainer: the inline snapshot is not valid JSON: ${(e as Error).message}`);
    }
  }
  const r = await readLive(link, snapshot, options);
  if (options.signal?.aborted) return undefined;
  if (!r.ok)
    return {
      ok: false,
      error: {
        kind: 'invalid',
        origin: 'src',
        url: link,
        problems: r.problems.map((message) => ({ path: '', code: 'as-given', params: { text: message }, severity: 'error', message })),
      },
    };
  if (r.problems.length)
    console.warn(
      `policy-explainer: the live story at ${link} could not be read, so the last good story (${r.from === 'kept' ? 'a copy this browser kept' : "the page's snapshot"}, as of ${r.dataset.asOf}) is shown:\n  ${r.problems.join('\n  ')}`,
    );
  return { ok: true, dataset: r.dataset, origin: 'src' };
}
