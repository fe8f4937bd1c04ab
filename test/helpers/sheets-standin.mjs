// A stand-in for Google Sheets (no test can reach Google): answers requests at Google's URL shapes
// from an in-memory map of sheets, as src/convert/sheets.ts documents Google's public behaviour.
// No Node built-ins, so one module serves three ways:
//   standIn.middleware   Koa-style `async (ctx, next)` for @web/test-runner, mounted under `prefix`
//   standIn.handle       `(req, res)` for a plain node:http server (the CLI test)
//   standIn.fetch        a `fetch` that answers in-process (unit tests in any engine)
// A test rewrites the link's host to the stand-in's: https://docs.google.com/x → <origin><prefix>x.
//
// Shapes served (every answer carries Google's `access-control-allow-origin: *`):
//   <prefix>spreadsheets/d/<ID>/gviz/tq?tqx=out:csv&sheet=<NAME>   a tab by name, every cell quoted;
//        a name it does not know answers with the first tab (as Google is reported to); gid=<GID> too
//   <prefix>spreadsheets/d/e/<PUBID>/pubhtml                         the published document, tabs listed
//        as <li id="sheet-button-<GID>"> when there are two or more
//   <prefix>spreadsheets/d/e/<PUBID>/pub?gid=<GID>&single=true&output=csv (or ?output=csv, or &sheet=<NAME>)
//        a 307 redirect to <prefix>content/pub/<PUBID>?…, the "content host", which answers the CSV
//   <prefix>cdn/<ID>/<NAME>.csv                                       a plain CSV file per tab (404 when absent)
//   a private sheet: a 302 to <prefix>accounts/ServiceLogin, an HTML sign-in page (200, text/html)
//   an unpublished document, an unknown id: Google's HTML "file does not exist" page (404, text/html)
//   mode 'throttle': 429; mode 'fail': 500; mode 'hang': headers never come (until the client gives up);
//   mode 'hang-body': headers and half a body, then nothing
//
// Control, for browser tests that cannot reach the server's memory:
//   PUT <prefix>_control/sheets/<ID>   body: a sheet as JSON (see `define`)   DELETE removes it
//   GET <prefix>_control/requests      the requests answered so far (JSON), DELETE clears them

const CORS = { 'access-control-allow-origin': '*' };
const HTML = { 'content-type': 'text/html; charset=utf-8', ...CORS };
const CSV = { 'content-type': 'text/csv; charset=utf-8', ...CORS };

export const SIGN_IN_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Sheets: Sign-in</title></head><body><form action="https://accounts.google.com/v3/signin/identifier"><h1>Sign in</h1><p>to continue to Sheets</p><input type="email" name="identifier"></form></body></html>';
export const NOT_FOUND_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Drive - Page Not Found</title></head><body><p>Sorry, the file you have requested does not exist.</p><p>Make sure that you have the correct URL and the file exists.</p></body></html>';

/** Rows as CSV; `quoteAll` as the Visualization API writes it, else as a published CSV (quotes where needed). */
export function csvOf(rows, quoteAll = false) {
  const cell = (c) => {
    const s = String(c ?? '');
    return quoteAll || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n');
}

/** Parses a tab given as CSV text into rows (simple RFC 4180, enough for fixtures). */
function rowsOf(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/**
 * A sheet: `{ tabs: [{ name, csv | rows, gid? }], access: 'link' | 'private', pubId?, published?,
 * mode?: 'ok' | 'throttle' | 'fail' | 'hang' | 'hang-body' }`. `csv` is a tab's displayed values
 * as CSV text (or `rows`, arrays of cells); gids default to 0, 1, 2…
 */
function normal(sheet) {
  const tabs = (sheet.tabs ?? []).map((t, i) => ({ name: t.name, gid: String(t.gid ?? i), rows: t.rows ?? rowsOf(t.csv ?? '') }));
  return { access: 'link', published: sheet.pubId !== undefined, mode: 'ok', ...sheet, tabs };
}

export function createSheetsStandIn({ prefix = '/__sheets/' } = {}) {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  /** By share id; published documents are found by their pubId too. */
  const sheets = new Map();
  const requests = [];
  const define = (id, sheet) => sheets.set(id, normal(sheet));
  const byPubId = (pubId) => [...sheets.values()].find((s) => s.pubId === pubId);
  const tabOf = (sheet, { name, gid }) => {
    if (gid !== null && gid !== undefined) return sheet.tabs.find((t) => t.gid === gid);
    if (name !== null && name !== undefined) return sheet.tabs.find((t) => t.name === name) ?? sheet.tabs[0]; // Google: the first tab
    return sheet.tabs[0];
  };
  const misbehave = (sheet) => {
    if (sheet.mode === 'throttle') return { status: 429, headers: HTML, body: '<html><title>Too Many Requests</title></html>' };
    if (sheet.mode === 'fail') return { status: 500, headers: HTML, body: '<html><title>Server Error</title></html>' };
    if (sheet.mode === 'hang') return 'hang';
    return undefined;
  };
  const csvAnswer = (sheet, tab, quoteAll) => {
    const body = csvOf(tab.rows, quoteAll);
    if (sheet.mode === 'hang-body') return { status: 200, headers: CSV, body: body.slice(0, body.length >> 1), hang: true };
    return { status: 200, headers: CSV, body };
  };

  /** The answer to one request: `{ status, headers, body, hang? }`, 'hang', or undefined (not ours). */
  function answer(method, pathAndQuery) {
    const url = new URL(pathAndQuery, 'http://stand.in');
    if (!url.pathname.startsWith(base)) return undefined;
    const path = url.pathname.slice(base.length);
    const q = url.searchParams;
    requests.push({ method, path: `/${path}`, query: url.search });
    let m;
    if ((m = /^_control\/sheets\/([^/]+)$/.exec(path))) return { control: 'sheet', id: decodeURIComponent(m[1]) };
    if (path === '_control/requests') return { control: 'requests' };
    if (path === 'accounts/ServiceLogin') return { status: 200, headers: HTML, body: SIGN_IN_PAGE };
    if ((m = /^spreadsheets\/d\/([\w-]+)\/gviz\/tq$/.exec(path))) {
      const sheet = sheets.get(m[1]);
      if (!sheet) return { status: 404, headers: HTML, body: NOT_FOUND_PAGE };
      if (sheet.access === 'private')
        return {
          status: 302,
          headers: { location: `${base}accounts/ServiceLogin?continue=${encodeURIComponent(url.href)}`, ...CORS },
          body: '',
        };
      const odd = misbehave(sheet);
      if (odd) return odd;
      const tab = tabOf(sheet, { name: q.get('sheet'), gid: q.get('gid') });
      if (!tab) return { status: 400, headers: HTML, body: '<html><title>Invalid sheet</title></html>' };
      return csvAnswer(sheet, tab, true);
    }
    if ((m = /^spreadsheets\/d\/e\/([\w-]+)\/pubhtml$/.exec(path))) {
      const sheet = byPubId(m[1]);
      if (!sheet || !sheet.published) return { status: 404, headers: HTML, body: NOT_FOUND_PAGE };
      const odd = misbehave(sheet);
      if (odd) return odd;
      const list =
        sheet.tabs.length > 1
          ? `<ul id="sheet-menu">${sheet.tabs.map((t) => `<li id="sheet-button-${t.gid}"><a href="#">${t.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a></li>`).join('')}</ul>`
          : '';
      return {
        status: 200,
        headers: HTML,
        body: `<!doctype html><html><head><title>Published sheet</title></head><body><div id="top-bar">${list}</div><div id="sheets-viewport"><table class="waffle"></table></div></body></html>`,
      };
    }
    if ((m = /^spreadsheets\/d\/e\/([\w-]+)\/pub$/.exec(path))) {
      const sheet = byPubId(m[1]);
      if (!sheet || !sheet.published) return { status: 404, headers: HTML, body: NOT_FOUND_PAGE };
      return { status: 307, headers: { location: `${base}content/pub/${m[1]}${url.search}`, ...CORS }, body: '' };
    }
    if ((m = /^content\/pub\/([\w-]+)$/.exec(path))) {
      const sheet = byPubId(m[1]);
      if (!sheet || !sheet.published) return { status: 404, headers: HTML, body: NOT_FOUND_PAGE };
      const odd = misbehave(sheet);
      if (odd) return odd;
      const tab = tabOf(sheet, { name: q.get('sheet'), gid: q.get('gid') });
      if (!tab) return { status: 400, headers: HTML, body: '<html><title>Invalid gid</title></html>' };
      return csvAnswer(sheet, tab, false);
    }
    if ((m = /^cdn\/([\w-]+)\/([^/]+)\.csv$/.exec(path))) {
      const sheet = sheets.get(m[1]);
      const odd = sheet && misbehave(sheet);
      if (odd) return odd;
      const tab = sheet?.tabs.find((t) => t.name === decodeURIComponent(m[2]));
      if (!tab) return { status: 404, headers: { 'content-type': 'text/plain', ...CORS }, body: 'Not Found' };
      return csvAnswer(sheet, tab, false);
    }
    return { status: 404, headers: HTML, body: NOT_FOUND_PAGE };
  }

  /** Control requests (PUT/DELETE a sheet, read or clear the log). */
  function control(a, method, bodyText) {
    if (a.control === 'requests') {
      if (method === 'DELETE') requests.length = 0;
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(requests) };
    }
    if (method === 'PUT') define(a.id, JSON.parse(bodyText));
    else if (method === 'DELETE') sheets.delete(a.id);
    return { status: 204, headers: {}, body: '' };
  }

  async function middleware(ctx, next) {
    const a = answer(ctx.method, ctx.url);
    if (!a) return next();
    if (a === 'hang' || a.hang) {
      if (a.hang) {
        ctx.res.writeHead(a.status, a.headers);
        ctx.res.write(a.body);
      }
      ctx.respond = false; // Koa leaves the response alone: it never ends, until the client goes
      await new Promise((resolve) => ctx.req.once('close', resolve));
      ctx.res.destroy();
      return;
    }
    let r = a;
    if (a.control) {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      r = control(a, ctx.method, chunks.map((c) => new TextDecoder().decode(c)).join(''));
    }
    ctx.status = r.status;
    for (const [k, v] of Object.entries(r.headers)) ctx.set(k, v);
    ctx.body = r.body;
  }

  /** For node:http: `createServer(standIn.handle)`; answers 404 to anything not under the prefix. */
  async function handle(req, res) {
    const a = answer(req.method, req.url) ?? { status: 404, headers: {}, body: '' };
    if (a === 'hang' || a.hang) {
      if (a.hang) {
        res.writeHead(a.status, a.headers);
        res.write(a.body);
      }
      req.once('close', () => res.destroy());
      return;
    }
    let r = a;
    if (a.control) {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      r = control(a, req.method, chunks.map((c) => new TextDecoder().decode(c)).join(''));
    }
    res.writeHead(r.status, r.headers);
    res.end(r.body);
  }

  /**
   * A fetch answering in-process: the link's own host (docs.google.com, a CDN's) is dropped and its
   * path looked up under the prefix; redirects are followed as a browser does. Honours the signal.
   */
  function fetch(input, init = {}) {
    const signal = init.signal;
    const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(aborted());
      signal?.addEventListener('abort', () => reject(aborted()), { once: true });
      const target = new URL(String(input));
      let path = target.pathname.startsWith(base)
        ? `${target.pathname}${target.search}`
        : `${base.slice(0, -1)}${target.pathname}${target.search}`;
      for (let hops = 0; hops < 10; hops++) {
        const a = answer(init.method ?? 'GET', path);
        if (a === 'hang') return; // never settles, but for the signal
        if (!a) return reject(new TypeError('Failed to fetch'));
        if (a.status >= 300 && a.status < 400 && a.headers.location) {
          path = a.headers.location;
          continue;
        }
        let body = a.body;
        if (a.hang) {
          // Half a body, then nothing more until the reader gives up.
          const bytes = new TextEncoder().encode(a.body);
          body = new ReadableStream({
            start(c) {
              c.enqueue(bytes);
              signal?.addEventListener('abort', () => c.error(aborted()), { once: true });
            },
          });
        }
        return resolve(new Response(a.status === 204 ? null : body, { status: a.status, headers: a.headers }));
      }
      reject(new TypeError('too many redirects'));
    });
  }

  return { prefix: base, sheets, define, requests, answer, middleware, handle, fetch };
}

/** One stand-in for a test server (web-test-runner's middleware), at /__sheets/. */
export const sheetsStandIn = createSheetsStandIn({ prefix: '/__sheets/' });
export default sheetsStandIn;
