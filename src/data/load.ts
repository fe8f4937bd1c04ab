import bundled from '../../data/chicago-welcoming-city.json' with { type: 'json' };
import type { Dataset } from './types.js';
import { validate, type Problem } from './validate.js';

/** Where a dataset came from, in the precedence order DESIGN.md gives. */
export type Origin = 'property' | 'inline' | 'src' | 'bundled';

/** Why no dataset could be shown. Errors are values; nothing here throws into the page. */
export type LoadError =
  | { kind: 'url'; url: string }
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'json'; origin: Origin; url?: string; detail: string }
  | { kind: 'invalid'; origin: Origin; url?: string; problems: Problem[] };

export type LoadResult = { ok: true; dataset: Dataset; origin: Origin } | { ok: false; error: LoadError };

/**
 * The Chicago Welcoming City dataset that ships inside the bundle. Shared by every element and
 * trusted without runtime validation (`npm test` validates it): read it, don't mutate it; to
 * build a story from it, pass a copy (`structuredClone(bundledDataset)`).
 */
export const bundledDataset = bundled as unknown as Dataset;

/** How long a `src` may take before the widget says so. */
export const FETCH_TIMEOUT_MS = 10_000;

/** Parses and validates JSON text; a syntax error becomes a value with the parser's own detail. */
export function parseDataset(text: string, origin: Origin, url?: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'json', origin, url, detail: (e as Error).message } };
  }
  return checkDataset(value, origin, url);
}

/**
 * Objects already found valid. Data is replaced, never mutated (README), so a dataset passed from
 * the explainer to its two views is checked once, not three times. The bundled dataset starts out
 * trusted: `npm test` validates it (test/data/validate.test.ts), so readers don't pay for it again.
 */
const valid = new WeakSet<object>([bundledDataset]);

/** Validates an object that claims to be a dataset. */
export function checkDataset(value: unknown, origin: Origin, url?: string): LoadResult {
  if (value && typeof value === 'object' && valid.has(value)) return { ok: true, dataset: value as Dataset, origin };
  const result = validate(value);
  if (result.ok) valid.add(result.dataset);
  return result.ok
    ? { ok: true, dataset: result.dataset, origin }
    : { ok: false, error: { kind: 'invalid', origin, url, problems: result.problems } };
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
  }
}
