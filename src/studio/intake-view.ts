import { html, nothing, type TemplateResult } from 'lit';
import type { Actions } from './controller.js';
import { EXAMPLE_TABS } from './example.js';
import type { StudioState } from './store.js';
import { STRINGS } from './strings.js';

/**
 * Step 1, Bring your data: the page's drop zone, file picker, paste and start buttons (in
 * studio.html) wired to the actions, and what has been brought so far, each with a way to remove it.
 */

export function inputsView(s: StudioState, actions: Actions): TemplateResult {
  const t = STRINGS[s.lang];
  const remove = (i: StudioState['inputs'][number]) => () => {
    actions.remove(i);
    document.getElementById('files')?.focus();
  };
  const kind = (i: StudioState['inputs'][number]) =>
    `${i.pasted ? `${t.pasted}, ` : ''}${i.kind.kind === 'table' ? `${t.kind.table} ${i.kind.table}` : t.kind[i.kind.kind]}`;
  return html`<ul id="inputs" class="inputs">
    ${s.inputs.map(
      (i) =>
        html`<li>
          <span class="name">${i.name}</span> <span class="kind">${kind(i)}</span>
          <button type="button" class="remove" aria-label=${t.remove(i.name)} @click=${remove(i)}>×</button>
        </li>`,
    )}
    ${s.refused.map((r) => html`<li class="refused"><span class="name">${r.name}</span> <span class="kind">${t.kind.refused}</span></li>`)}
    ${s.inputs.length || s.refused.length ? nothing : html`<li class="empty">${t.noFiles}</li>`}
  </ul>`;
}

/** The blank template tabs, once asked for: one link per tab. */
export function blankView(s: StudioState): TemplateResult {
  const t = STRINGS[s.lang];
  return html`<div id="blank" class="downloads" ?hidden=${!s.blank}>
    ${
      s.blank
        ? html`<p>${t.blankHint}</p>
            <ul>
              ${s.blank.map((d) => html`<li><a class="download" href=${d.url} download=${d.name}>${d.label}</a></li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

/** The static controls of step 1, in studio.html, to the actions. */
export function wireIntake(doc: Document, actions: Actions) {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const drop = $('drop');
  const files = $<HTMLInputElement>('files');
  files.addEventListener('change', () => {
    if (files.files?.length) void actions.addFiles(files.files);
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) void actions.addFiles(e.dataTransfer.files);
  });
  // A paste anywhere but in a text field of its own is data: a tab copied from a spreadsheet arrives as tab-separated text.
  doc.addEventListener('paste', (e) => {
    const target = e.target as HTMLElement | null;
    if (target && target !== $('paste') && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const pasted = e.clipboardData?.files;
    e.preventDefault();
    if (pasted?.length) void actions.addFiles(pasted);
    else actions.addPasted(text);
  });
  $<HTMLTextAreaElement>('paste').addEventListener('change', (e) => {
    const area = e.target as HTMLTextAreaElement;
    const text = area.value;
    area.value = '';
    actions.addPasted(text);
  });
  $('live-read').addEventListener('click', () => void actions.readLiveLink($<HTMLInputElement>('live-url').value.trim()));
  $('start-example').addEventListener('click', () => actions.startFrom(EXAMPLE_TABS));
  $('start-chicago').addEventListener('click', () => void actions.startChicago());
  $('start-blank').addEventListener('click', () => actions.showBlank());
  $('story-title').addEventListener('change', (e) => actions.setStory({ title: (e.target as HTMLInputElement).value }));
  $('story-asof').addEventListener('change', (e) => actions.setStory({ asOf: (e.target as HTMLInputElement).value }));
}
