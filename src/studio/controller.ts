import { binaryProblem, sizeProblem, MAX_FILE_BYTES } from '../convert/intake.js';
import { readSheet } from '../convert/sheets.js';
import { checkLinks } from '../convert/check-links.js';
import { templateTabs } from '../convert/to-csv.js';
import { given, messageOf, type Problem } from '../convert/problems.js';
import type { Dataset } from '../data/types.js';
import { localize } from '../data/i18n.js';
import { addInput, pastedName, type Input } from './intake.js';
import type { ConvertReply, ConvertRequest } from './protocol.js';
import { cellInput, setCell } from './cells.js';
import { cardPng, defaultSourceLine, type CardView } from './social.js';
import { STRINGS } from './strings.js';
import { shownDataset, type Download, type Store, type StudioState } from './store.js';

/**
 * What the producer can do, as actions on the store: bring data, fix a cell, choose options, make
 * images, check links. Each conversion goes to the reader (a worker, src/studio/worker.ts); only
 * its latest answer counts. The views call these and never change the state themselves.
 */

/** The reader's side the controller needs: a Worker, or a test's stand-in. */
export interface Reader {
  postMessage(request: ConvertRequest): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<ConvertReply>) => void): void;
}

export type Actions = ReturnType<typeof createActions>;

export function createActions(
  store: Store<StudioState>,
  reader: Reader,
  env: { fetch: typeof fetch; chicago: () => Promise<Dataset | undefined> },
) {
  const t = () => STRINGS[store.get().lang];
  let latest = 0;
  const urls = {
    made: (blob: Blob) => URL.createObjectURL(blob),
    drop: (list: Array<{ url: string }> = []) => list.forEach((d) => URL.revokeObjectURL(d.url)),
  };
  const download = (name: string, blob: Blob, label = name): Download => ({ name, url: urls.made(blob), label });

  reader.addEventListener('message', ({ data }) => {
    if (data.ready || data.id !== latest || !data.result) return;
    const s = store.get();
    const old = s.downloads;
    const result = { ...data.result, problems: [...s.refused.map((r) => r.problem), ...data.result.problems] };
    const d = result.problems.some((p) => p.severity === 'error') ? undefined : result.dataset;
    const downloads = d && {
      json: download(`${d.id}.json`, new Blob([JSON.stringify(d, null, 2) + '\n'], { type: 'application/json' }), `${d.id}.json`),
      tabs: Object.entries(data.tabs ?? {}).map(([name, text]) =>
        download(`${d.id} - ${name}`, new Blob([text], { type: 'text/csv' }), name),
      ),
    };
    if (old) urls.drop([old.json, ...old.tabs]);
    store.set({ result, downloads, busy: undefined, links: undefined, source: undefined });
  });

  /** Asks the reader for what is there now. */
  function convert() {
    const s = store.get();
    const request: ConvertRequest = {
      id: ++latest,
      inputs: s.inputs,
      story: { title: s.story.title.trim(), asOf: s.story.asOf.trim() },
      lang: s.lang,
      unknown: t().fileNotRecognised,
    };
    store.set({ busy: 'reading' });
    reader.postMessage(request);
  }

  /** New data: what was refused and the link followed are forgotten; then the reader is asked. */
  function bring(inputs: Input[], refused: StudioState['refused'] = [], live?: string) {
    store.set({ inputs, refused, live });
    convert();
  }

  return {
    convert,

    /** Dropped or picked files: the size and the first bytes are checked before any text is read. */
    async addFiles(files: ArrayLike<File>) {
      const refused: StudioState['refused'] = [];
      let inputs = store.get().inputs;
      for (const file of Array.from(files)) {
        const problem =
          sizeProblem(file.name, file.size) ?? binaryProblem(file.name, new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
        if (problem) refused.push({ name: file.name, problem });
        else inputs = addInput(inputs, { name: file.name, text: await file.text() });
      }
      bring(inputs, refused);
    },

    /** Text pasted from a spreadsheet (tab-separated), or a JSON file's text. */
    addPasted(text: string) {
      const name = t().pasted;
      if (text.length > MAX_FILE_BYTES) return bring(store.get().inputs, [{ name, problem: sizeProblem(name, text.length)! }]);
      if (text.trim()) bring(addInput(store.get().inputs, { name: pastedName(text), text }, true));
    },

    startFrom(tabs: Record<string, string>) {
      bring(Object.entries(tabs).reduce<Input[]>((all, [name, text]) => addInput(all, { name, text }), []));
    },

    async startChicago() {
      const d = await env.chicago();
      if (d) bring(addInput([], { name: 'chicago-welcoming-city.json', text: JSON.stringify(d, null, 2) }));
    },

    remove(input: Input) {
      bring(store.get().inputs.filter((i) => i !== input));
    },

    /**
     * Reads the spreadsheet at the link the producer pasted (the one request this page makes, on
     * their click): its story goes through the same checks and preview as a file; what it cannot
     * read is listed by tab, row and column. The snippets then follow the sheet.
     */
    async readLiveLink(link: string) {
      store.set({ busy: 'sheet' });
      // readSheet asks without cookies itself.
      const r = await readSheet(link, { fetch: env.fetch });
      const ok = r.dataset && !r.problems.some((p) => p.severity === 'error');
      const refused = (r.dataset ? [] : r.problems).map((problem) => ({ name: problem.file ?? 'sheet', problem }));
      if (!r.dataset && r.failure)
        refused.unshift({ name: 'sheet', problem: given('error', t().liveFailed(messageOf(r.failure.problem, store.get().lang))) });
      bring(
        r.dataset ? addInput([], { name: 'sheet.json', text: JSON.stringify(r.dataset, null, 2) }) : [],
        refused,
        ok ? link : undefined,
      );
    },

    /** Writes the producer's value into the cell a problem names, in its tab, and checks again. */
    fixCell(p: Problem, value: string) {
      const input = cellInput(store.get().inputs, p);
      if (!input) return;
      const text = setCell(input.text, p.row!, p.column!, value);
      bring(store.get().inputs.map((i) => (i === input ? { ...i, text } : i)));
    },

    setStory(story: Partial<StudioState['story']>) {
      store.set({ story: { ...store.get().story, ...story } });
      convert();
    },

    setLang(lang: StudioState['lang']) {
      store.set({ lang });
      if (store.get().inputs.length) convert();
    },

    setView(view: Partial<StudioState['view']>) {
      store.set({ view: { ...store.get().view, ...view } });
    },

    setSnippet(fields: Partial<StudioState['snippet']>) {
      store.set({ snippet: { ...store.get().snippet, ...fields }, copied: undefined });
    },

    async copy(kind: string, text: string, clipboard: Pick<Clipboard, 'writeText'>) {
      try {
        await clipboard.writeText(text);
        store.set({ copied: { kind, ok: true } });
      } catch {
        store.set({ copied: { kind, ok: false } });
      }
    },

    setSourceLine(sourceLine: string) {
      store.set({ sourceLine });
    },

    showSource(problem: Problem, back: string) {
      store.set({ source: { problem, back } });
    },

    hideSource() {
      store.set({ source: undefined });
    },

    showBlank() {
      if (store.get().blank) return;
      store.set({ blank: Object.entries(templateTabs()).map(([name, text]) => download(name, new Blob([text], { type: 'text/csv' }))) });
    },

    /** A PNG of the timeline or the matrix, in the preview's theme and language. */
    async makeImage(view: CardView, label: string, size: { width: number; height: number }) {
      const s = store.get();
      const d = shownDataset(s);
      if (!d) return;
      const o = s.view;
      const words = STRINGS[o.lang];
      const more = view === 'timeline' ? words.moreEvents : words.moreRows;
      if (typeof s.image === 'object') urls.drop([s.image]);
      store.set({ image: 'making' });
      const sourceLine = s.sourceLine ?? defaultSourceLine(d, o.lang, words);
      const blob = await cardPng(d, { view, size, theme: o.theme, lang: o.lang, sourceLine, more });
      const name = `${d.id}-${view}-${size.width}x${size.height}-${o.theme}-${o.lang}.png`;
      const alt = t().imageAlt(label, size.width, size.height, localize(d.title, o.lang));
      store.set({ image: { name, url: urls.made(blob), alt, width: size.width, height: size.height } });
    },

    /** Checks the story's source links, on the producer's click only, as `policy-explainer check-links` does. */
    async checkSourceLinks() {
      const d = shownDataset(store.get());
      if (!d) return;
      store.set({ links: 'checking' });
      const report = await checkLinks(d, { fetch: env.fetch, browser: true });
      if (shownDataset(store.get()) === d) store.set({ links: report });
    },
  };
}
