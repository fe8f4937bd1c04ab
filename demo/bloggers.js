// The bloggers' page: shows the three snippets (demo/snippets.js) for the chosen options and a live preview.
import { snippets } from './snippets.js';

const form = document.getElementById('options');

function update() {
  const o = Object.fromEntries(new FormData(form));
  const s = snippets(o);
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
