import type { Dataset } from './types.js';
import type { Problem } from '../problems/codes.js';
import { validator } from '../modules/index.js';
import { valid } from './trusted.js';

export { bundledDataset, bundledFor, bundledKey, isBundled, loadStoryDetails } from './bundled.js';

/** Where a dataset came from, in the precedence order DESIGN.md gives. */
export type Origin = 'property' | 'inline' | 'src' | 'bundled';

/** Why no dataset could be shown. Errors are values; nothing here throws into the page. */
export type LoadError =
  | { kind: 'url'; url: string }
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'json'; origin: Origin; url?: string; detail: string }
  | { kind: 'invalid'; origin: Origin; url?: string; problems: Array<Problem & { path: string }> }
  /** A `src` from an origin the page does not allow (embed.html's allow-list). */
  | { kind: 'origin'; url: string }
  /** A part of the explainer itself (`file`, such as modules/validate.js) could not be loaded. */
  | { kind: 'module'; origin: Origin; url?: string; file: string };

export type LoadResult = { ok: true; dataset: Dataset; origin: Origin } | { ok: false; error: LoadError };

/** Marks a dataset found valid elsewhere (a live sheet's story, checked by its own module): the elements trust it. */
export function trust(d: Dataset): Dataset {
  valid.add(d);
  return d;
}

/**
 * A `src` that names a spreadsheet, read as a live story (src/modules/live.ts): a Google Sheets
 * link, or a CSV URL per tab (`{tab}` in it, or one tab's file such as …/events.csv).
 */
export const isLiveLink = (src: string): boolean =>
  /^https:\/\/docs\.google\.com\/spreadsheets\/|\{tab\}|%7Btab%7D|\.csv(?:[?#]|$)/i.test(src);

/** How long a `src` may take before the widget says so. */
export const FETCH_TIMEOUT_MS = 10_000;

/** A result now, or once the validator is loaded (the first time data other than the bundled story arrives). */
export type Checked = LoadResult | Promise<LoadResult>;

/** Parses and validates JSON text; a syntax error becomes a value with the parser's own detail. */
export function parseDataset(text: string, origin: Origin, url?: string): Checked {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'json', origin, url, detail: (e as Error).message } };
  }
  return checkDataset(value, origin, url);
}

/**
 * Validates an object that claims to be a dataset: at once for one already found valid, or once
 * the validator is here (an on-demand module: the bundled story never needs it).
 */
export function checkDataset(value: unknown, origin: Origin, url?: string): Checked {
  if (value && typeof value === 'object' && valid.has(value)) return { ok: true, dataset: value as Dataset, origin };
  const check = ({ validate }: typeof import('./validate.js')): LoadResult => {
    const result = validate(value);
    if (result.ok) valid.add(result.dataset);
    return result.ok
      ? { ok: true, dataset: result.dataset, origin }
      : { ok: false, error: { kind: 'invalid', origin, url, problems: result.problems } };
  };
  if (validator.value) return check(validator.value);
  return validator
    .load()
    .then((m): LoadResult => (m ? check(m) : { ok: false, error: { kind: 'module', origin, url, file: validator.name } }));
}

/** Resolves `src` against the page and refuses anything but http(s): no javascript:, data: or file:. */
export function resolveSrc(src: string, base: string): URL | undefined {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches and validates a dataset. Gives up after `timeoutMs`; `signal` aborts it (for example when
 * the element leaves the page), in which case the promise resolves to undefined.
 */
export async function fetchDataset(
  src: string,
  base: string,
  { signal, timeoutMs = FETCH_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<LoadResult | undefined> {
  const url = resolveSrc(src, base);
  if (!url) return { ok: false, error: { kind: 'url', url: src } };
  const href = url.href;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    // No cookies or credentials: the widget makes no request but the one the page asked for, anonymously.
    const response = await fetch(href, { signal: controller.signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, error: { kind: 'http', url: href, status: response.status } };
    const text = await response.text();
    return parseDataset(text, 'src', href);
  } catch (e) {
    if (signal?.aborted) return undefined;
    if (timedOut) return { ok: false, error: { kind: 'timeout', url: href, seconds: Math.round(timeoutMs / 1000) } };
    return { ok: false, error: { kind: 'network', url: href, detail: (e as Error).message } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Formats a load error for the console: one line per problem, each with its JSON pointer. */
export function describeForConsole(error: LoadError): string {
  const where = 'url' in error && error.url ? error.url : 'origin' in error ? `the ${error.origin} data` : '';
  switch (error.kind) {
    case 'invalid':
      return `policy-explainer: ${where} is not a valid dataset:\n${error.problems.map((p) => `  ${p.path || '/'}: ${p.message}`).join('\n')}`;
    case 'json':
      return `policy-explainer: ${where} is not valid JSON: ${error.detail}`;
    case 'http':
      return `policy-explainer: ${error.url} answered HTTP ${error.status}`;
    case 'timeout':
      return `policy-explainer: ${error.url} did not answer within ${error.seconds} s`;
    case 'network':
      return `policy-explainer: ${error.url} could not be fetched: ${error.detail}`;
    case 'url':
      return `policy-explainer: src "${error.url}" is not an http(s) URL; nothing was fetched`;
    case 'origin':
      return `policy-explainer: ${error.url}: not an origin this page allows; nothing was fetched`;
    case 'module':
      return `policy-explainer: ${where} could not be checked: ${error.file} could not be loaded from beside the script`;
  }
}
