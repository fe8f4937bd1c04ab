/**
 * The studio page (dist/studio.html): files and pasted tabs in, problems by file, row and column,
 * a live preview of the explainer, and the dataset, CSV tabs, embed snippets and social images
 * out. Everything is read and made in this tab: after load the page makes no request (its
 * Content-Security-Policy forbids any). Every piece of the producer's text reaches the page as
 * text (textContent, attribute values), never as markup.
 */
import { binaryProblem, sizeProblem, MAX_FILE_BYTES } from '../convert/intake.js';
import { columnLetter } from '../convert/csv-tables.js';
import { parseCells } from '../convert/csv-read.js';
import { summarize } from '../convert/summary.js';
import { readSheet } from '../convert/sheets.js';
import { checkLinks, describeStatus, type LinkCheck } from '../convert/check-links.js';
import { templateTabs } from '../convert/to-csv.js';
import type { Conversion, Problem } from '../convert/problems.js';
import type { Dataset } from '../data/types.js';
import { localize } from '../data/i18n.js';
import { SHIPPED_LANGUAGES } from '../i18n/languages.js';
import { addInput, pastedName, type Input } from './intake.js';
import type { ConvertReply, ConvertRequest } from './protocol.js';
import { EXAMPLE_TABS } from './example.js';
import { given, messageOf } from '../convert/problems.js';
import { CARD_SIZES, cardPng, defaultSourceLine, type CardView } from './social.js';
import { studioSnippets, type SnippetOptions } from './snippets.js';
import { STRINGS, type UiLang } from './strings.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** An element with text content and attributes: the only way producer text reaches the page. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Array<Node | string | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : v);
  for (const c of children) if (c !== undefined && c !== false) el.append(c);
  return el;
}

interface Refused {
  name: string;
  problem: Problem;
}

const state = {
  lang: 'en' as UiLang,
  inputs: [] as Input[],
  refused: [] as Refused[],
  result: { problems: [] } as Conversion,
  /** The dataset's tabs as CSV, when it is valid (written by the reader with the conversion). */
  tabs: undefined as Record<string, string> | undefined,
  urls: [] as string[],
  sourceLineEdited: false,
  /** The spreadsheet's link the story was read from, if any: the snippets follow it. */
  live: undefined as string | undefined,
};
const t = () => STRINGS[state.lang];

// ---------- language of the page ----------

function applyLanguage() {
  document.documentElement.lang = state.lang;
  const s = t() as unknown as Record<string, unknown>;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const v = s[el.dataset.i18n!];
    if (typeof v === 'string') el.textContent = v;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]'))
    el.setAttribute('placeholder', String(s[el.dataset.i18nPlaceholder!]));
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', String(s[el.dataset.i18nLabel!]));
  document.title = `${t().title} — policy-explainer`;
}

// ---------- data in ----------

/** Reads dropped or picked files: the size and the first bytes are checked before any text is read. */
async function addFiles(files: FileList | File[]) {
  state.refused = [];
  state.live = undefined;
  let inputs = state.inputs;
  for (const file of Array.from(files)) {
    const refused = sizeProblem(file.name, file.size) ?? binaryProblem(file.name, new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
    if (refused) {
      state.refused.push({ name: file.name, problem: refused });
      continue;
    }
    inputs = addInput(inputs, { name: file.name, text: await file.text() });
  }
  state.inputs = inputs;
  update();
}

/** Text pasted from a spreadsheet (tab-separated), or a JSON file's text. */
async function addPasted(text: string) {
  state.refused = [];
  state.live = undefined;
  if (text.length > MAX_FILE_BYTES) {
    state.refused.push({ name: t().pasted, problem: sizeProblem(t().pasted, text.length)! });
    return update();
  }
  if (!text.trim()) return;
  state.inputs = addInput(state.inputs, { name: pastedName(text), text }, true);
  update();
}

function startFrom(tabs: Record<string, string>) {
  state.refused = [];
  state.live = undefined;
  state.inputs = Object.entries(tabs).reduce<Input[]>((all, [name, text]) => addInput(all, { name, text }), []);
  return update();
}

async function startChicago() {
  // The embed carries the Chicago story; an explainer given no data shows it, and `shown` hands it
  // over (no request). In English the embed keeps the story's details and Spanish beside itself;
  // in Spanish it shows the whole story, from the modules this page loaded when it started.
  await customElements.whenDefined('policy-explainer');
  const probe = document.createElement('policy-explainer') as HTMLElement & { shown?: Dataset; updateComplete?: Promise<unknown> };
  probe.hidden = true;
  probe.lang = 'es';
  document.body.append(probe);
  await probe.updateComplete;
  for (let i = 0; i < 50 && !probe.shown; i++) await new Promise((r) => setTimeout(r, 20));
  const d = probe.shown;
  probe.remove();
  if (!d) return;
  state.refused = [];
  state.live = undefined;
  state.inputs = addInput([], { name: 'chicago-welcoming-city.json', text: JSON.stringify(d, null, 2) });
  update();
}

/**
 * Reads the spreadsheet at the link the producer pasted (the one request this page makes, on their
 * click): its story goes through the same checks and preview as a file; what it cannot read is
 * listed by tab, row and column. The snippets then follow the sheet.
 */
async function readLiveLink() {
  const link = $<HTMLInputElement>('live-url').value.trim();
  $('status').textContent = t().liveReading;
  // readSheet and checkLinks ask without cookies themselves.
  const r = await readSheet(link, { fetch: (input, init) => fetch(input, init) });
  const errors = r.problems.filter((p) => p.severity === 'error');
  state.live = r.dataset && !errors.length ? link : undefined;
  state.inputs = r.dataset ? addInput([], { name: 'sheet.json', text: JSON.stringify(r.dataset, null, 2) }) : [];
  state.refused = (r.dataset ? [] : r.problems).map((problem) => ({ name: problem.file ?? 'sheet', problem }));
  if (!r.dataset && r.failure)
    state.refused.unshift({ name: 'sheet', problem: given('error', t().liveFailed(messageOf(r.failure.problem, state.lang))) });
  update();
}

/**
 * Checks the story's source links, on the producer's click only (the one other request this page
 * makes): each url and archived copy, as `policy-explainer check-links` does, from the browser.
 */
async function checkSourceLinks() {
  const d = state.result.dataset;
  if (!d) return;
  const s = t();
  const box = $('links-report');
  box.textContent = s.linksChecking;
  const report = await checkLinks(d, { fetch: (input, init) => fetch(input, init), browser: true });
  const line = (what: string, c: LinkCheck) => h('li', {}, `${what}: ${describeStatus(c)} — ${c.finalUrl ?? c.url}`);
  const checked = report.sources.reduce((n, x) => n + (x.url ? 1 : 0) + (x.archived ? 1 : 0), 0);
  box.replaceChildren(
    h('p', {}, s.linksSummary(checked, report.counts.gone)),
    h(
      'ul',
      {},
      ...report.sources.map((x) =>
        h(
          'li',
          {},
          `${x.id} (${x.label})`,
          h('ul', {}, ...(x.url ? [line('url', x.url)] : []), ...(x.archived ? [line(s.linksArchived, x.archived)] : [])),
        ),
      ),
    ),
  );
}

function showBlank() {
  const box = $('blank');
  const links = Object.entries(templateTabs()).map(([name, text]) =>
    h('li', {}, downloadLink(name, new Blob([text], { type: 'text/csv' }))),
  );
  box.replaceChildren(h('p', {}, t().blankHint), h('ul', {}, ...links));
  box.hidden = false;
}

// ---------- the conversion ----------

// The reader: a worker with the conversions (src/studio/worker.ts), started with the page, next to this script.
const workerUrl = new URL('studio-worker.js', (document.currentScript as HTMLScriptElement).src);
const worker = new Worker(workerUrl);
/** The folder the studio is served from (its dist/): where the script and its modules are. */
const studioFolder = new URL('.', workerUrl).href;
let latest = 0;
/**
 * The preview's on-demand modules (the embed imports them from beside itself when first needed):
 * imported here while the page loads, at the very URLs the embed uses, so the module map has them
 * and nothing is fetched once the studio is ready. One that fails only leaves its feature off.
 */
const embedModules = Promise.all(
  [
    ...['validate', 'csv', 'print', 'story-details', 'story-es'].map((m) => `modules/${m}.js`),
    ...SHIPPED_LANGUAGES.filter((l) => l !== 'en').map((l) => `lang/${l}.js`),
  ].map((path) => import(new URL(path, workerUrl).href).catch(() => undefined)),
);
worker.addEventListener('message', ({ data }: MessageEvent<ConvertReply>) => {
  if (data.ready) {
    // From here on the page has everything it will ever load (the tests wait for this).
    void embedModules.then(() => (document.documentElement.dataset.ready = ''));
    return;
  }
  if (data.id !== latest || !data.result) return;
  state.result = { ...data.result, problems: [...state.refused.map((r) => r.problem), ...data.result.problems] };
  state.tabs = data.tabs;
  render();
});
worker.addEventListener('error', () => {
  $('status').textContent = t().workerFailed;
  $('status').className = 'status bad';
});

function update() {
  const story = { title: $<HTMLInputElement>('story-title').value.trim(), asOf: $<HTMLInputElement>('story-asof').value.trim() };
  $('status').textContent = t().statusWorking;
  const request: ConvertRequest = { id: ++latest, inputs: state.inputs, story, lang: state.lang, unknown: t().fileNotRecognised };
  worker.postMessage(request);
}

// ---------- render ----------

function render() {
  renderInputs();
  renderProblems();
  renderPreview();
  renderOut();
}

function renderInputs() {
  const s = t();
  const items: HTMLElement[] = state.inputs.map((i) =>
    h(
      'li',
      {},
      h('span', { class: 'name' }, i.name),
      ' ',
      h(
        'span',
        { class: 'kind' },
        `${i.pasted ? `${s.pasted}, ` : ''}${i.kind.kind === 'table' ? `${s.kind.table} ${i.kind.table}` : s.kind[i.kind.kind]}`,
      ),
      ' ',
      removeButton(i),
    ),
  );
  for (const r of state.refused)
    items.push(h('li', { class: 'refused' }, h('span', { class: 'name' }, r.name), ' ', h('span', { class: 'kind' }, s.kind.refused)));
  $('inputs').replaceChildren(...(items.length ? items : [h('li', { class: 'empty' }, s.noFiles)]));
}

function removeButton(i: Input) {
  const b = h('button', { type: 'button', class: 'remove', 'aria-label': t().remove(i.name) }, '×');
  b.addEventListener('click', () => {
    state.inputs = state.inputs.filter((x) => x !== i);
    update();
    $('files').focus();
  });
  return b;
}

const errorsOf = () => state.result.problems.filter((p) => p.severity === 'error');

function renderProblems() {
  const s = t();
  const errors = errorsOf();
  const warnings = state.result.problems.filter((p) => p.severity === 'warning');
  const status = $('status');
  if (!state.inputs.length && !state.refused.length) status.textContent = s.statusEmpty;
  else if (state.result.dataset && !errors.length) status.textContent = s.statusOk(summarize(state.result.dataset));
  else status.textContent = s.statusErrors(Math.max(1, errors.length));
  status.className = `status ${errors.length || (!state.result.dataset && state.inputs.length) ? 'bad' : state.result.dataset ? 'ok' : ''}`;
  const blocks: HTMLElement[] = [];
  if (errors.length) blocks.push(problemTable('errors', s.errors, errors));
  if (warnings.length) blocks.push(problemTable('warnings', s.warnings, warnings, s.warningsHint));
  $('problems').replaceChildren(...blocks);
  $('source').hidden = true;
}

function problemTable(id: string, title: string, list: Problem[], hint?: string): HTMLElement {
  const s = t();
  const labels = [s.colFile, s.colRow, s.colColumn, s.colValue, s.colProblem];
  // Explicit roles: on a phone the rows are laid out as blocks (studio.css), which drops a table's own semantics in some engines.
  const head = h('tr', { role: 'row' }, ...labels.map((c) => h('th', { scope: 'col', role: 'columnheader' }, c)));
  const cell = (i: number, ...children: Array<Node | string | undefined>) =>
    h('td', { role: 'cell', 'data-label': labels[i] }, ...children);
  const rows = list.map((p, i) => {
    const shown = messageOf(p, state.lang);
    let where: HTMLElement | string = '';
    if (p.row !== undefined && p.file) where = showButton(p, s.showRow(p.row), `${id}-${i}`);
    else if (p.position && p.file) where = showButton(p, s.showLine(p.position.line), `${id}-${i}`);
    const column = p.column ? `${p.column}${p.header ? ` · ${p.header}` : ''}` : p.position ? `${s.place.column} ${p.position.column}` : '';
    return h(
      'tr',
      { id: `${id}-${i}`, role: 'row' },
      cell(0, p.file ?? p.origin ?? (p.path !== undefined ? p.path || '/' : '')),
      cell(1, where),
      cell(2, column),
      cell(3, p.value !== undefined && p.value !== '' ? h('code', {}, p.value.length > 80 ? `${p.value.slice(0, 79)}…` : p.value) : ''),
      cell(4, h('span', {}, shown), p.path && p.file ? h('small', { class: 'path' }, ` ${p.path}`) : undefined),
    );
  });
  return h(
    'div',
    { class: `problems ${id}` },
    h('h3', { id: `${id}-heading` }, `${title} (${list.length})`),
    hint ? h('p', { class: 'hint' }, hint) : undefined,
    h(
      'table',
      { role: 'table', 'aria-labelledby': `${id}-heading` },
      h('thead', { role: 'rowgroup' }, head),
      h('tbody', { role: 'rowgroup' }, ...rows),
    ),
  );
}

function showButton(p: Problem, label: string, back: string) {
  const b = h('button', { type: 'button', class: 'show' }, label);
  b.addEventListener('click', () => showSource(p, back));
  return b;
}

/** Takes the producer to the problem's row (or line) in its file: the rows around it, the row and cell marked. */
function showSource(p: Problem, back: string) {
  const s = t();
  const input = state.inputs.find((i) => i.name === p.file);
  const box = $('source');
  if (!input) return;
  const heading = h('h3', { id: 'source-heading' });
  const content: HTMLElement[] = [];
  if (p.row !== undefined) {
    heading.textContent = s.sourceRow(input.name, p.row);
    const rows = parseCells(input.text);
    const header = rows[0] ?? [];
    const width = Math.max(header.length, ...(rows[p.row - 1] ? [rows[p.row - 1].length] : []));
    const col = p.column;
    const cell = (text: string, tag: 'td' | 'th', marked: boolean) =>
      h(tag, marked ? { class: 'hit' } : {}, text.length > 60 ? `${text.slice(0, 59)}…` : text);
    const letters = h('tr', {}, h('th', {}, ''), ...Array.from({ length: width }, (_, i) => h('th', { scope: 'col' }, columnLetter(i))));
    const body: HTMLElement[] = [];
    for (let r = Math.max(1, p.row - 2); r <= Math.min(rows.length, p.row + 2); r++) {
      const cells = rows[r - 1] ?? [];
      const hit = r === p.row;
      body.push(
        h(
          'tr',
          hit ? { class: 'hit-row', 'aria-current': 'true' } : {},
          h('th', { scope: 'row' }, String(r)),
          ...Array.from({ length: width }, (_, i) => cell(cells[i] ?? '', r === 1 ? 'th' : 'td', hit && columnLetter(i) === col)),
        ),
      );
    }
    content.push(
      h(
        'div',
        { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'source-heading' },
        h('table', { class: 'sheet' }, h('thead', {}, letters), h('tbody', {}, ...body)),
      ),
    );
  } else if (p.position) {
    heading.textContent = s.sourceAtLine(input.name, p.position.line);
    const lines = input.text.split(/\r\n?|\n/);
    const body: HTMLElement[] = [];
    for (let l = Math.max(1, p.position.line - 3); l <= Math.min(lines.length, p.position.line + 3); l++) {
      const text = lines[l - 1].length > 200 ? `${lines[l - 1].slice(0, 199)}…` : lines[l - 1];
      body.push(
        h(
          'tr',
          l === p.position.line ? { class: 'hit-row', 'aria-current': 'true' } : {},
          h('th', { scope: 'row' }, String(l)),
          h('td', {}, h('code', {}, text)),
        ),
      );
    }
    content.push(
      h(
        'div',
        { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'source-heading' },
        h('table', { class: 'lines' }, h('tbody', {}, ...body)),
      ),
    );
  }
  const backButton = h('button', { type: 'button' }, s.backToProblems);
  backButton.addEventListener('click', () => {
    box.hidden = true;
    ($(back).querySelector('button.show') as HTMLElement | null)?.focus();
  });
  box.replaceChildren(heading, ...content, backButton);
  box.hidden = false;
  box.focus();
  box.scrollIntoView({ block: 'nearest' });
}

// ---------- preview ----------

function viewOptions() {
  const f = new FormData($<HTMLFormElement>('view-options'));
  return {
    width: Number(f.get('width')) || 375,
    theme: (f.get('theme') as 'light' | 'dark') ?? 'light',
    lang: (f.get('lang') as 'en' | 'es') ?? 'en',
    view: (f.get('view') as 'both' | 'timeline' | 'matrix') ?? 'both',
  };
}

type Explainer = HTMLElement & { data?: Dataset };

function renderPreview() {
  const frame = $('frame');
  const o = viewOptions();
  const d = errorsOf().length ? undefined : state.result.dataset;
  frame.style.width = `${o.width}px`;
  frame.className = `frame ${o.theme}`;
  frame.parentElement!.hidden = !d;
  let el = frame.querySelector('policy-explainer') as Explainer | null;
  if (!d) {
    el?.remove();
    $('preview-note').textContent = t().previewNone;
    return;
  }
  $('preview-note').textContent = t().previewFrame(o.width);
  if (!el) {
    el = document.createElement('policy-explainer') as Explainer;
    frame.append(el);
  }
  el.setAttribute('lang', o.lang);
  el.setAttribute('theme', o.theme);
  el.setAttribute('view', o.view);
  if (el.data !== d) el.data = d;
}

// ---------- out ----------

function downloadLink(name: string, blob: Blob, label = name) {
  const url = URL.createObjectURL(blob);
  state.urls.push(url);
  return h('a', { href: url, download: name, class: 'download' }, label);
}

function renderOut() {
  for (const url of state.urls.splice(0)) URL.revokeObjectURL(url);
  if (!$('blank').hidden) showBlank();
  const s = t();
  const d = errorsOf().length ? undefined : state.result.dataset;
  $('out').hidden = !d;
  const blocked = $('out-blocked');
  blocked.hidden = !!d;
  blocked.textContent = s.outBlocked;
  if (!d) {
    for (const id of ['data-links', 'snippets', 'images']) $(id).replaceChildren();
    return;
  }
  const json = JSON.stringify(d, null, 2) + '\n';
  const tabs = Object.entries(state.tabs ?? {}).map(([name, text]) =>
    h('li', {}, downloadLink(`${d.id} - ${name}`, new Blob([text], { type: 'text/csv' }), name)),
  );
  $('data-links').replaceChildren(
    h('p', {}, downloadLink(`${d.id}.json`, new Blob([json], { type: 'application/json' }), `${s.datasetJson}: ${d.id}.json`)),
    h('p', {}, s.tabsCsv),
    h('ul', {}, ...tabs),
  );
  renderSnippets(d);
  const line = $<HTMLInputElement>('source-line');
  if (!state.sourceLineEdited) line.value = defaultSourceLine(d, viewOptions().lang, STRINGS[viewOptions().lang]);
  renderImageButtons(d);
}

function renderSnippets(d: Dataset) {
  const s = t();
  const o = viewOptions();
  const options: SnippetOptions = {
    lang: o.lang,
    theme: ($<HTMLSelectElement>('snippet-theme').value || 'auto') as SnippetOptions['theme'],
    view: o.view,
    // By default the folder this page comes from: the copy of dist/ that is served, which works today.
    scriptBase: $<HTMLInputElement>('script-url').value || studioFolder,
    hostUrl: $<HTMLInputElement>('host-url').value,
    liveLink: state.live,
  };
  const snippets = studioSnippets(d, options);
  const blocks = (
    [
      ['inline', s.snippetInline, s.snippetInlineHint],
      ['src', s.snippetSrc, s.snippetSrcHint],
      ['iframe', s.snippetIframe, s.snippetIframeHint],
      ...(snippets.live
        ? ([
            ['live', s.snippetLive, s.snippetLiveHint],
            ['wordpress', s.snippetWordpress, s.snippetWordpressHint],
          ] as const)
        : []),
    ] as const
  ).map(([kind, title, hint], i) => {
    const code = h('textarea', {
      id: `snippet-${kind}`,
      readonly: true,
      rows: kind === 'inline' ? '6' : '5',
      spellcheck: 'false',
      'aria-labelledby': `snippet-${kind}-heading`,
    });
    code.value = snippets[kind] ?? '';
    const copy = h('button', { type: 'button' }, s.copy);
    const said = h('span', { class: 'copied', role: 'status' });
    copy.addEventListener('click', async () => {
      code.select();
      try {
        await navigator.clipboard.writeText(code.value);
        said.textContent = s.copied;
      } catch {
        said.textContent = s.copyFailed;
      }
    });
    return h(
      'div',
      { class: 'snippet' },
      h('h4', { id: `snippet-${kind}-heading` }, `${i + 1}. ${title}`),
      h('p', { class: 'hint' }, hint),
      // An empty address stays empty: the snippet that needs it says so until it is filled in.
      (kind === 'src' || kind === 'iframe') && !options.hostUrl.trim() && !state.live
        ? h('p', { class: 'warn', role: 'status' }, s.hostMissing)
        : '',
      code,
      h('p', {}, copy, ' ', said),
    );
  });
  $('snippets').replaceChildren(...blocks);
}

function renderImageButtons(d: Dataset) {
  const s = t();
  const views: Array<[CardView, string, boolean]> = [
    ['timeline', s.timeline, d.events.length > 0],
    ['matrix', s.matrix, d.actors.length > 0 && d.issues.length > 0],
  ];
  const buttons: HTMLElement[] = [];
  for (const [view, label, possible] of views)
    for (const size of CARD_SIZES) {
      const b = h(
        'button',
        { type: 'button', 'data-card': `${view}-${size.width}x${size.height}`, disabled: !possible },
        s.makeImage(label, size.width, size.height),
      );
      b.addEventListener('click', () => void makeImage(d, view, label, size));
      buttons.push(b);
    }
  $('images').replaceChildren(h('div', { class: 'image-buttons' }, ...buttons), h('div', { id: 'image-out', class: 'image-out' }));
}

async function makeImage(d: Dataset, view: CardView, label: string, size: { width: number; height: number }) {
  const o = viewOptions();
  const words = STRINGS[o.lang];
  const more = view === 'timeline' ? words.moreEvents : words.moreRows;
  $('image-out').replaceChildren(h('p', { role: 'status' }, t().makingImage));
  const blob = await cardPng(d, { view, size, theme: o.theme, lang: o.lang, sourceLine: $<HTMLInputElement>('source-line').value, more });
  const name = `${d.id}-${view}-${size.width}x${size.height}-${o.theme}-${o.lang}.png`;
  const link = downloadLink(name, blob, t().download(name));
  const img = h('img', {
    src: link.getAttribute('href')!,
    alt: t().imageAlt(label, size.width, size.height, localize(d.title, o.lang)),
    width: String(size.width / 4),
    height: String(size.height / 4),
  });
  $('image-out').replaceChildren(h('figure', {}, img, h('figcaption', {}, link)));
  link.focus();
}

// ---------- wiring ----------

function wire() {
  const drop = $('drop');
  const input = $<HTMLInputElement>('files');
  input.addEventListener('change', () => {
    if (input.files?.length) void addFiles(input.files);
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) void addFiles(e.dataTransfer.files);
  });
  // A paste anywhere but in a text field of its own is data: a tab copied from a spreadsheet arrives as tab-separated text.
  document.addEventListener('paste', (e) => {
    const target = e.target as HTMLElement | null;
    if (target && target !== $('paste') && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const files = e.clipboardData?.files;
    e.preventDefault();
    if (files?.length) void addFiles(files);
    else void addPasted(text);
  });
  $<HTMLTextAreaElement>('paste').addEventListener('change', (e) => {
    const area = e.target as HTMLTextAreaElement;
    const text = area.value;
    area.value = '';
    void addPasted(text);
  });
  $('live-read').addEventListener('click', () => void readLiveLink());
  $('check-links').addEventListener('click', () => void checkSourceLinks());
  $('start-example').addEventListener('click', () => void startFrom(EXAMPLE_TABS));
  $('start-chicago').addEventListener('click', () => void startChicago());
  $('start-blank').addEventListener('click', showBlank);
  for (const id of ['story-title', 'story-asof']) $(id).addEventListener('change', update);
  $('view-options').addEventListener('change', () => {
    renderPreview();
    if (state.result.dataset && !errorsOf().length) renderOut();
  });
  for (const id of ['host-url', 'script-url', 'snippet-theme'])
    $(id).addEventListener(id === 'snippet-theme' ? 'change' : 'input', () => {
      if (state.result.dataset && !errorsOf().length) renderSnippets(state.result.dataset);
    });
  $('source-line').addEventListener('input', () => (state.sourceLineEdited = true));
  const ui = $<HTMLSelectElement>('ui-lang');
  ui.addEventListener('change', () => {
    state.lang = ui.value === 'es' ? 'es' : 'en';
    applyLanguage();
    render();
  });
}

const initial = new URLSearchParams(location.search).get('lang');
state.lang = initial === 'es' || (!initial && navigator.language.startsWith('es')) ? 'es' : 'en';
$<HTMLSelectElement>('ui-lang').value = state.lang;
applyLanguage();
wire();
render();
