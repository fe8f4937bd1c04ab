import { stripBom } from './files.js';
import type { SheetLink } from './sheet-links.js';
import type { ProblemCode, ProblemParams, SheetWhere } from '../problems/codes.js';

/**
 * A sheet's tabs over the network: one request per tab through the caller's `fetch`, each answer
 * checked (HTML where CSV was asked for, 404, 429, 5xx, size) before its text is kept. A read
 * that cannot go on throws a `Failure`, which `readSheet` (sheets.ts) turns into its result.
 */

/** Why a sheet gave no story; the elements keep their last good story on any of these. */
export type FailureKind =
  | 'link' // not a link this reads
  | 'not-shared' // a share link to a sheet not shared with anyone who has the link
  | 'not-published' // a publish link to a document no longer published
  | 'not-found' // no such sheet, or a required tab missing
  | 'throttled' // 429: Google limits how often a sheet is read
  | 'server' // 5xx
  | 'timeout'
  | 'network' // no answer at all (offline, DNS, refused by the browser)
  | 'aborted' // the caller's signal
  | 'too-large' // a tab over the row or byte limit
  | 'data'; // read, but the story has errors (by tab, row and column in `problems`)

/** The sheet codes whose words start with what was being read. */
type SheetCode = { [C in ProblemCode]: ProblemParams[C] extends { where: SheetWhere } ? C : never }[ProblemCode];

/** A failed read, as an error that stops everything: why (a code and its values), and what was being read. */
export class Failure<
  C extends SheetCode | 'sheet-not-shared' | 'sheet-not-published' = SheetCode | 'sheet-not-shared' | 'sheet-not-published',
> {
  constructor(
    readonly kind: FailureKind,
    readonly code: C,
    readonly params: Omit<ProblemParams[C], 'where'>,
    readonly tab?: SheetWhere,
  ) {}
}

export interface Fetched {
  /** The tab's text, or undefined when it is absent (an optional tab that answered 404). */
  text?: string;
}

/** Google's (or anyone's) HTML page where CSV was asked for. */
const isHtml = (contentType: string, head: string) => /\btext\/html\b/i.test(contentType) || /^\s*</.test(head);

/** Reads a body up to `maxBytes`, refusing more without reading it all. */
async function readBody(res: Response, maxBytes: number, tab: SheetWhere, until: <T>(p: Promise<T>) => Promise<T>): Promise<string> {
  const tooLarge = (bytes: number) => new Failure('too-large', 'sheet-too-large', { max: maxBytes, bytes }, tab);
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    void res.body?.cancel().catch(() => {});
    throw tooLarge(declared);
  }
  const reader = res.body?.getReader?.();
  if (!reader) {
    const text = await until(res.text());
    if (text.length > maxBytes) throw tooLarge(text.length);
    return text;
  }
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await until(reader.read());
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge(bytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export interface FetchOptions {
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** The whole read, every tab, bodies included. */
  timeoutMs: number;
  /** Bytes a tab may have. */
  maxBytes: number;
}

/**
 * A fetcher for one read of `sheet`: `get` asks for one URL (the text, or absent for a 404 of an
 * optional tab, or a Failure thrown); `close` ends the read. One controller for the whole read: the
 * caller's signal and the timeout both end it, and every wait (headers, each chunk of a body) gives
 * up when it does, even if `fetch` ignores the signal.
 */
export function openSheetFetch(sheet: SheetLink, options: FetchOptions) {
  const { timeoutMs, maxBytes } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const stoppedFailure = () =>
    timedOut ? new Failure('timeout', 'sheet-timeout', { seconds: timeoutMs / 1000 }) : new Failure('aborted', 'sheet-aborted', {});
  const stopped = new Promise<never>((_, reject) => {
    const stop = () => reject(stoppedFailure());
    if (controller.signal.aborted) stop();
    else controller.signal.addEventListener('abort', stop, { once: true });
  });
  stopped.catch(() => {});
  const until = <T>(p: Promise<T>) => Promise.race([p, stopped]);

  const google = sheet.kind === 'share' || sheet.kind === 'publish';
  const notShared = () =>
    sheet.kind === 'publish' ? new Failure('not-published', 'sheet-not-published', {}) : new Failure('not-shared', 'sheet-not-shared', {});

  /** One request: the text, or absent (404 of an optional tab), or a Failure thrown. */
  const get = async (url: string, tab: SheetWhere, optional: boolean, expectHtml = false): Promise<Fetched> => {
    let res: Response;
    try {
      res = await until(options.fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' }));
    } catch (e) {
      if (e instanceof Failure) throw e;
      if (controller.signal.aborted) throw stoppedFailure();
      const detail = String((e as Error)?.message ?? e);
      throw new Failure('network', 'sheet-unreachable', google ? { detail, google: sheet.kind } : { detail }, tab);
    }
    if (res.status === 429) throw new Failure('throttled', 'sheet-throttled', {}, tab);
    if (res.status >= 500) throw new Failure('server', 'sheet-server', { status: res.status }, tab);
    const contentType = res.headers.get('content-type') ?? '';
    if (res.status === 404 && optional && !google) {
      void res.body?.cancel().catch(() => {});
      return {};
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => {});
      if (google && (res.status === 401 || res.status === 403 || res.status === 404 || /html/i.test(contentType))) throw notShared();
      throw new Failure(res.status === 404 ? 'not-found' : 'server', 'sheet-http', { status: res.status, statusText: res.statusText }, tab);
    }
    const text = stripBom(await readBody(res, maxBytes, tab, until));
    if (!expectHtml && isHtml(contentType, text.slice(0, 200))) {
      if (google) throw notShared();
      throw new Failure('not-found', 'sheet-web-page', {}, tab);
    }
    return { text };
  };

  const close = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    controller.abort();
  };
  return { get, close };
}
