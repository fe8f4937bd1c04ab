import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import type { Actions } from './controller.js';
import { studioSnippets, type SnippetOptions, type Snippets } from './snippets.js';
import type { StudioState } from './store.js';
import { STRINGS } from './strings.js';

/**
 * The embed code: where the JSON file and the script will be, then each snippet with a Copy
 * button. An empty address stays empty, and the snippets that need it say so until it is filled in.
 */

let last: { d: Dataset; key: string; snippets: Snippets } | undefined;
/** The snippets for this dataset and these options, written again only when one of them changes (not on every paint). */
function snippetsFor(d: Dataset, o: SnippetOptions): Snippets {
  const key = JSON.stringify(o);
  if (last?.d !== d || last.key !== key) last = { d, key, snippets: studioSnippets(d, o) };
  return last.snippets;
}

export function snippetsView(s: StudioState, d: Dataset, actions: Actions): TemplateResult {
  const t = STRINGS[s.lang];
  const options: SnippetOptions = {
    lang: s.view.lang,
    theme: s.snippet.theme,
    view: s.view.view,
    // By default the folder this page comes from: the copy of dist/ that is served, which works today.
    scriptBase: s.snippet.scriptUrl || s.home,
    hostUrl: s.snippet.hostUrl,
    liveLink: s.live,
  };
  const snippets = snippetsFor(d, options);
  const kinds: Array<[keyof Snippets, string, string]> = [
    ['inline', t.snippetInline, t.snippetInlineHint],
    ['src', t.snippetSrc, t.snippetSrcHint],
    ['iframe', t.snippetIframe, t.snippetIframeHint],
  ];
  if (snippets.live) kinds.push(['live', t.snippetLive, t.snippetLiveHint], ['wordpress', t.snippetWordpress, t.snippetWordpressHint]);
  const field = (id: string, label: string, value: string, set: (v: string) => void) =>
    html`<label
      ><span>${label}</span> <input id=${id} type="url" .value=${value} @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    /></label>`;
  return html`<h3>${t.snippetsHeading}</h3>
    <div class="story-fields">
      ${field('host-url', t.hostField, s.snippet.hostUrl, (hostUrl) => actions.setSnippet({ hostUrl }))}
      ${field('script-url', t.scriptField, s.snippet.scriptUrl, (scriptUrl) => actions.setSnippet({ scriptUrl }))}
      <label
        ><span>${t.snippetTheme}</span>
        <select
          id="snippet-theme"
          @change=${(e: Event) => actions.setSnippet({ theme: (e.target as HTMLSelectElement).value as SnippetFieldsTheme })}
        >
          ${(
            [
              ['auto', t.themeAuto],
              ['light', t.light],
              ['dark', t.dark],
            ] as const
          ).map(([v, label]) => html`<option value=${v} ?selected=${s.snippet.theme === v}>${label}</option>`)}
        </select>
      </label>
    </div>
    <p class="hint">${t.snippetOptionsHint}</p>
    <div id="snippets">
      ${kinds.map(([kind, title, hint], i) => {
        const missing = (kind === 'src' || kind === 'iframe') && !options.hostUrl.trim() && !s.live;
        const said = s.copied?.kind === kind ? (s.copied.ok ? t.copied : t.copyFailed) : '';
        const copy = (e: Event) => {
          const code = (e.target as HTMLElement).closest('.snippet')!.querySelector('textarea')!;
          code.select();
          void actions.copy(kind, code.value, navigator.clipboard);
        };
        return html`<div class="snippet">
          <h4 id="snippet-${kind}-heading">${i + 1}. ${title}</h4>
          <p class="hint">${hint}</p>
          ${missing ? html`<p class="warn" role="status">${t.hostMissing}</p>` : nothing}
          <textarea
            id="snippet-${kind}"
            readonly
            rows=${kind === 'inline' ? 6 : 5}
            spellcheck="false"
            aria-labelledby="snippet-${kind}-heading"
            .value=${snippets[kind] ?? ''}
          ></textarea>
          <p><button type="button" @click=${copy}>${t.copy}</button> <span class="copied" role="status">${said}</span></p>
        </div>`;
      })}
    </div>`;
}

type SnippetFieldsTheme = StudioState['snippet']['theme'];
