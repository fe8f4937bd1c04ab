import type { Source } from '../data/types.js';
import { isWebUrl } from '../data/text-fragment.js';

/**
 * Dead links found before readers find them: every source's `url` and `archived` copy, checked
 * politely, for `policy-explainer check-links` and the studio's "Check links" button. No Node
 * built-ins, no DOM: the caller hands in `fetch` (Node's, or the browser's).
 *
 * Polite, by construction:
 * - HEAD first (no page is downloaded); GET only where HEAD is refused (405, 501, a dropped
 *   connection) or answered with a 4xx that would be bad news (400, 403, 404, 406, 410): some
 *   servers answer HEAD wrongly, and a gone link fails a build, so it is confirmed with GET. A
 *   GET's body is cancelled as soon as the headers arrive.
 * - One request at a time per host (redirect hops included); a few hosts at once.
 * - Each URL once, however many sources cite it.
 * - A timeout on every request, and a User-Agent naming the tool (outside a browser, which
 *   sets its own, and where a custom header would cost a CORS preflight).
 * - No cookies, no referrer.
 *
 * In a browser most sites do not allow another origin to read their answers (CORS): such a link
 * is reported as "could not check from the browser (CORS)", never as broken.
 */

/**
 * What became of a link:
 * - ok: a 2xx answer;
 * - redirected: a 2xx answer at another address (finalUrl), after one or more redirects;
 * - gone: 404 or 410 (also after redirects);
 * - http-error: another answer (403, 429, 500…): the page may be there, the site said no;
 * - unreachable: no answer (no such host, connection refused or dropped, TLS failure);
 * - timeout: no answer within the timeout;
 * - cors: in a browser, the site does not let a page read its answer.
 */
export type LinkStatus = 'ok' | 'redirected' | 'gone' | 'http-error' | 'unreachable' | 'timeout' | 'cors';
export const LINK_STATUSES: readonly LinkStatus[] = ['ok', 'redirected', 'gone', 'http-error', 'unreachable', 'timeout', 'cors'];

export interface LinkCheck {
  url: string;
  status: LinkStatus;
  /** The last HTTP status code answered (none when there was no answer). */
  httpStatus?: number;
  /** Where the redirects ended (redirected; gone or http-error after redirects). */
  finalUrl?: string;
  /** Every address the redirects went through, in order, the final one last. */
  redirects?: string[];
  /** The method of the answer reported: HEAD, or GET where HEAD was refused. */
  method?: 'HEAD' | 'GET';
  /** More, in words: why a link is unreachable, a redirect to a home page. */
  detail?: string;
}

export interface SourceLinks {
  id: string;
  /** The source's label, in English (or its only language). */
  label: string;
  /** The source's url, checked (undefined when the source has none). */
  url?: LinkCheck;
  /** The source's archived copy, checked (undefined when the data holds none). */
  archived?: LinkCheck;
}

export interface LinkReport {
  /** Every source with a url or an archived copy, in the dataset's order. */
  sources: SourceLinks[];
  /** Ids of the sources with neither (nothing to check). */
  withoutLinks: string[];
  /** How many links (url and archived together) ended in each status. */
  counts: Record<LinkStatus, number>;
  /** True when no link is gone. */
  ok: boolean;
}

export interface CheckLinksOptions {
  /** The fetch to use: globalThis.fetch, or a test's. */
  fetch: typeof fetch;
  /** Per request, in milliseconds (default 10,000). */
  timeoutMs?: number;
  /** Sent as User-Agent outside a browser. */
  userAgent?: string;
  /** Running in a browser: redirects are followed by the browser, a refused read is CORS. */
  browser?: boolean;
  /** At most this many redirects per link (default 10). */
  maxRedirects?: number;
  /** How many hosts are asked at once (default 4); each host one request at a time. */
  hosts?: number;
  /** Called as each link's check ends (for progress). */
  onCheck?: (source: SourceLinks, which: 'url' | 'archived', check: LinkCheck) => void;
  /** Stops everything: pending checks reject with the signal's reason. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** HEAD answers that are retried with GET: refused (405, 501) or bad news a GET should confirm. */
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 406, 410, 501]);

/** One request at a time per key; at most `limit` keys at once. */
function scheduler(limit: number) {
  const tails = new Map<string, Promise<unknown>>();
  let running = 0;
  const waiting: Array<() => void> = [];
  const slot = () => (running < limit ? (running++, Promise.resolve()) : new Promise<void>((r) => waiting.push(r)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const run = async () => {
      await slot();
      try {
        return await task();
      } finally {
        release();
      }
    };
    const result = (tails.get(key) ?? Promise.resolve()).then(run);
    tails.set(
      key,
      result.catch(() => undefined),
    );
    return result;
  };
}

/** A network failure in words, from Node's (undici's) error codes where there are some. */
function describeFailure(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? '';
  const words: Record<string, string> = {
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'the host name could not be looked up',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection dropped',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'connection dropped',
  };
  if (words[code]) return words[code];
  if (/CERT|SSL|TLS/i.test(code)) return `TLS certificate problem (${code})`;
  return err.cause?.message || err.message || String(e);
}

const plainLabel = (label: Source['label']) => (typeof label === 'string' ? label : label.en);

/** A page whose redirects end at its site's home page is probably gone, whatever the status. */
function homePageNote(from: string, to: string): string | undefined {
  const a = new URL(from);
  const b = new URL(to);
  return b.pathname === '/' && !b.search && a.pathname !== '/' ? "it ends at the site's home page: the page itself may be gone" : undefined;
}

/**
 * Checks every source's url and archived copy of a dataset (a valid one: see validate()).
 * Resolves to the report; rejects only when `signal` aborts.
 */
export async function checkLinks(dataset: { sources: readonly Source[] }, options: CheckLinksOptions): Promise<LinkReport> {
  const { fetch: fetchFn, timeoutMs = DEFAULT_TIMEOUT_MS, userAgent, browser = false, maxRedirects = 10, signal } = options;
  const schedule = scheduler(Math.max(1, options.hosts ?? 4));
  const seen = new Map<string, Promise<LinkCheck>>();

  type Attempt = { res: Response } | { failure: 'timeout' | 'network'; detail: string };

  async function request(url: string, method: 'HEAD' | 'GET'): Promise<Attempt> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop);
    const timer = setTimeout(stop, timeoutMs);
    try {
      const res = await fetchFn(url, {
        method,
        redirect: browser ? 'follow' : 'manual',
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        ...(browser || !userAgent ? {} : { headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } }),
      });
      // The headers say what we need: never download the page.
      await res.body?.cancel().catch(() => undefined);
      return { res };
    } catch (e) {
      signal?.throwIfAborted();
      if (controller.signal.aborted) return { failure: 'timeout', detail: `no answer within ${timeoutMs / 1000} s` };
      return { failure: 'network', detail: describeFailure(e) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  }

  /** One address: HEAD, then GET where HEAD is refused; each on the host's queue. */
  async function ask(url: string): Promise<{ attempt: Attempt; method: 'HEAD' | 'GET' }> {
    const host = new URL(url).host;
    const head = await schedule(host, () => request(url, 'HEAD'));
    const refused = 'res' in head ? RETRY_WITH_GET.has(head.res.status) : head.failure === 'network';
    if (!refused) return { attempt: head, method: 'HEAD' };
    return { attempt: await schedule(host, () => request(url, 'GET')), method: 'GET' };
  }

  async function check(url: string): Promise<LinkCheck> {
    const hops: string[] = [];
    let current = url;
    for (;;) {
      const { attempt, method } = await ask(current);
      const trail = hops.length ? { finalUrl: current, redirects: [...hops] } : {};
      if (!('res' in attempt)) {
        if (attempt.failure === 'timeout') return { url, status: 'timeout', method, detail: attempt.detail, ...trail };
        if (browser) return { url, status: 'cors', method, detail: 'could not check from the browser (CORS)', ...trail };
        return { url, status: 'unreachable', method, detail: attempt.detail, ...trail };
      }
      const { res } = attempt;
      const code = res.status;
      if (code >= 300 && code < 400 && code !== 304) {
        const location = res.headers.get('location');
        let next: URL | undefined;
        try {
          next = location ? new URL(location, current) : undefined;
        } catch {
          next = undefined;
        }
        if (!next)
          return { url, status: 'http-error', httpStatus: code, method, detail: 'a redirect to nowhere (no valid Location)', ...trail };
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          return { url, status: 'http-error', httpStatus: code, method, detail: `a redirect to a ${next.protocol} address`, ...trail };
        if (next.href === url || hops.includes(next.href))
          return { url, status: 'http-error', httpStatus: code, method, detail: 'a redirect loop', ...trail };
        hops.push(next.href);
        if (hops.length > maxRedirects)
          return { url, status: 'http-error', httpStatus: code, method, detail: `more than ${maxRedirects} redirects`, ...trail };
        current = next.href;
        continue;
      }
      // In a browser, fetch followed the redirects itself.
      if (browser && res.redirected && res.url && res.url !== url) hops.push(res.url);
      const finalUrl = hops.length ? hops[hops.length - 1] : undefined;
      const moved = finalUrl ? { finalUrl, redirects: [...hops] } : {};
      if (code === 404 || code === 410) return { url, status: 'gone', httpStatus: code, method, ...moved };
      if (code >= 200 && code < 300) {
        const detail = finalUrl ? homePageNote(url, finalUrl) : undefined;
        return { url, status: finalUrl ? 'redirected' : 'ok', httpStatus: code, method, ...moved, ...(detail ? { detail } : {}) };
      }
      // A browser's opaque answer (status 0) cannot be read: CORS again.
      if (code === 0) return { url, status: 'cors', method, detail: 'could not check from the browser (CORS)' };
      return { url, status: 'http-error', httpStatus: code, method, ...moved };
    }
  }

  const checkOnce = (url: string) => {
    let pending = seen.get(url);
    if (!pending) seen.set(url, (pending = check(url)));
    return pending;
  };

  const sources: SourceLinks[] = [];
  const withoutLinks: string[] = [];
  const jobs: Promise<unknown>[] = [];
  for (const s of dataset.sources) {
    const url = isWebUrl(s.url) ? s.url : undefined;
    const archived = isWebUrl(s.archived) ? s.archived : undefined;
    if (!url && !archived) {
      withoutLinks.push(s.id);
      continue;
    }
    const entry: SourceLinks = { id: s.id, label: plainLabel(s.label) };
    sources.push(entry);
    for (const [which, link] of [
      ['url', url],
      ['archived', archived],
    ] as const) {
      if (!link) continue;
      jobs.push(
        checkOnce(link).then((result) => {
          entry[which] = result;
          options.onCheck?.(entry, which, result);
        }),
      );
    }
  }
  await Promise.all(jobs);
  const counts = Object.fromEntries(LINK_STATUSES.map((s) => [s, 0])) as Record<LinkStatus, number>;
  for (const s of sources) for (const c of [s.url, s.archived]) if (c) counts[c.status]++;
  return { sources, withoutLinks, counts, ok: counts.gone === 0 };
}

/** A check in a few words: "ok", "redirected", "gone (404)", "timed out", "HTTP 503"… */
export function describeStatus(c: LinkCheck): string {
  switch (c.status) {
    case 'ok':
      return 'ok';
    case 'redirected':
      return 'redirected';
    case 'gone':
      return `gone (${c.httpStatus})`;
    case 'http-error':
      return c.httpStatus ? `HTTP ${c.httpStatus}` : 'error';
    case 'unreachable':
      return 'unreachable';
    case 'timeout':
      return 'timed out';
    case 'cors':
      return 'not checked (CORS)';
  }
}
