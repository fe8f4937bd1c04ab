import { stripBom } from './files.js';
import type { SheetLink } from './sheet-links.js';

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

/** A failed read, as an error that stops everything. */
export class Failure {
  constructor(
    readonly kind: FailureKind,
    readonly message: string,
    readonly tab?: string,
  ) {}
}

export interface Fetched {
  /** The tab's text, or undefined when it is absent (an optional tab that answered 404). */
  text?: string;
}

/** Google's (or anyone's) HTML page where CSV was asked for. */
const isHtml = (contentType: string, head: string) => /\btext\/html\b/i.test(contentType) || /^\s*</.test(head);

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Reads a body up to `maxBytes`, refusing more without reading it all. */
async function readBody(res: Response, maxBytes: number, tab: string, until: <T>(p: Promise<T>) => Promise<T>): Promise<string> {
  const tooLarge = (bytes: number) =>
    new Failure(
      'too-large',
      `is more than ${kb(maxBytes)} (${kb(bytes)} or more): is it the right sheet? A story's tab is far smaller`,
      tab,
    );
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
    timedOut
      ? new Failure('timeout', `did not answer within ${timeoutMs / 1000} s`)
      : new Failure('aborted', 'was not read: the read was stopped');
  const stopped = new Promise<never>((_, reject) => {
    const stop = () => reject(stoppedFailure());
    if (controller.signal.aborted) stop();
    else controller.signal.addEventListener('abort', stop, { once: true });
  });
  stopped.catch(() => {});
  const until = <T>(p: Promise<T>) => Promise.race([p, stopped]);

  const google = sheet.kind === 'share' || sheet.kind === 'publish';
  const notShared =
    sheet.kind === 'publish'
      ? 'this sheet is not published to the web: in Google Sheets, File › Share › Publish to the web › Entire document › Publish (or use its share link instead)'
      : 'this sheet is not shared with anyone who has the link: in Google Sheets, Share › General access › "Anyone with the link" (Viewer)';

  /** One request: the text, or absent (404 of an optional tab), or a Failure thrown. */
  const get = async (url: string, tab: string, optional: boolean, expectHtml = false): Promise<Fetched> => {
    let res: Response;
    try {
      res = await until(options.fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' }));
    } catch (e) {
      if (e instanceof Failure) throw e;
      if (controller.signal.aborted) throw stoppedFailure();
      throw new Failure(
        'network',
        google
          ? `could not be reached (${String((e as Error)?.message ?? e)}); a browser also reports this when Google answers with a sign-in page because ${notShared.replace(/^this sheet/, 'the sheet')}`
          : `could not be reached (${String((e as Error)?.message ?? e)})`,
        tab,
      );
    }
    if (res.status === 429)
      throw new Failure('throttled', 'is read too often right now (429 Too Many Requests): Google limits how often a sheet is read', tab);
    if (res.status >= 500) throw new Failure('server', `answered ${res.status}: the sheet's host has a problem; try again later`, tab);
    const contentType = res.headers.get('content-type') ?? '';
    if (res.status === 404 && optional && !google) {
      void res.body?.cancel().catch(() => {});
      return {};
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => {});
      if (google && (res.status === 401 || res.status === 403 || res.status === 404 || /html/i.test(contentType)))
        throw new Failure(sheet.kind === 'publish' ? 'not-published' : 'not-shared', notShared, tab);
      throw new Failure(res.status === 404 ? 'not-found' : 'server', `answered ${res.status} ${res.statusText}`.trim(), tab);
    }
    const text = stripBom(await readBody(res, maxBytes, tab, until));
    if (!expectHtml && isHtml(contentType, text.slice(0, 200))) {
      if (google) throw new Failure(sheet.kind === 'publish' ? 'not-published' : 'not-shared', notShared, tab);
      throw new Failure('not-found', 'is a web page, not CSV: is the link the CSV file’s own address?', tab);
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
