// The bloggers' page: shows the three snippets (demo/snippets.js) for the chosen options and a live preview.
import { LANGUAGES, needsScript, snippets } from './snippets.js';

const form = document.getElementById('options');

// The Language select: every language the snippets speak, each by its own name.
form
  .querySelector('select[name="lang"]')
  .replaceChildren(...Object.entries(LANGUAGES).map(([tag, { name }]) => Object.assign(new Option(name, tag), { lang: tag })));

/** The preview speaks a language beyond English and Spanish once its script (dist/lang/<tag>.js) is on the page, as the snippet adds it. */
const loaded = new Set();
function loadLanguage(lang) {
  if (!needsScript(lang) || loaded.has(lang)) return;
  loaded.add(lang);
  document.head.append(Object.assign(document.createElement('script'), { src: `../dist/lang/${lang}.js` }));
}

function update() {
  const o = Object.fromEntries(new FormData(form));
  const s = snippets(o);
  loadLanguage(o.lang);
  for (const kind of ['element', 'script', 'iframe']) document.getElementById(`snippet-${kind}`).textContent = s[kind];
  const preview = document.getElementById('preview');
  const el = document.createElement('policy-explainer');
  for (const [k, v] of Object.entries(o)) el.setAttribute(k, v);
  preview.replaceChildren(el);
}

document.addEventListener('click', async (e) => {
  const id = e.target instanceof HTMLElement && e.target.dataset.copy;
  if (!id) return;
  await navigator.clipboard?.writeText(document.getElementById(id).textContent);
  document.getElementById('copied').textContent = 'Copied to the clipboard.';
});
form.addEventListener('change', update);
update();
