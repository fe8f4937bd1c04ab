// The bloggers' page: builds the three snippets from the chosen options and shows a live preview.
const form = document.getElementById('options');

const published = 'https://unpkg.com/policy-explainer/dist/';

function attrs(o, prefix = '') {
  return Object.entries(o)
    .filter(([k, v]) => !(k === 'lang' && v === 'en') && !(k === 'theme' && v === 'auto') && !(k === 'view' && v === 'both'))
    .map(([k, v]) => ` ${prefix}${k}="${v}"`)
    .join('');
}

function update() {
  const o = Object.fromEntries(new FormData(form));
  const query = new URLSearchParams(
    Object.entries(o).filter(
      ([k, v]) => !(k === 'lang' && v === 'en') && !(k === 'theme' && v === 'auto') && !(k === 'view' && v === 'both'),
    ),
  );
  query.set('id', 'pe1');
  // The full explainer is taller than a screen: keeping that much room until the script has run
  // means the text below it never jumps (README, "No layout shift").
  const reserve = o.view === 'both' ? '<style>policy-explainer:not(:defined){display:block;min-height:100vh}</style>\n' : '';
  document.getElementById('snippet-element').textContent =
    `${reserve}<script src="${published}policy-explainer.js" defer></script>\n<policy-explainer${attrs(o)}>\n  <a href="${published.replace('dist/', 'data/')}chicago-welcoming-city.json">Chicago’s Welcoming City ordinance: timeline and positions (data)</a>\n</policy-explainer>`;
  document.getElementById('snippet-script').textContent =
    `<script src="${published}policy-explainer.js" data-embed${attrs(o, 'data-')}></script>`;
  document.getElementById('snippet-iframe').textContent =
    `<iframe src="${published}embed.html?${query}" title="Chicago’s Welcoming City ordinance, explained" width="100%" height="1400" style="border:0" loading="lazy"></iframe>\n` +
    `<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="policy-explainer:height")document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`;
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
