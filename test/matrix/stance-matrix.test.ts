import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/matrix/define.js';
import type { StanceMatrix } from '../../src/matrix/stance-matrix.js';
import { bundledDataset as d } from '../../src/data/load.js';
import { addLanguage, localize } from '../../src/data/i18n.js';
import { overflowingText, overlappingText } from '../helpers/geometry.js';
import { withArabic } from '../helpers/arabic.js';
import ar from '../../src/i18n/ar.js';

async function matrixAt(width: number, attrs = ''): Promise<StanceMatrix> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<stance-matrix ${attrs}></stance-matrix>`;
  const el = wrapper.querySelector('stance-matrix')!;
  // Rendered at its own width: compact below 560 px, a full table above.
  await waitUntil(
    () => el.shadowRoot?.querySelector('table')?.classList.contains('compact') === width < 560,
    'matrix never rendered at its width',
  );
  await el.updateComplete;
  return el;
}

/** Every element holding visible text of its own (not visually hidden). */
const textBoxesOf = (el: StanceMatrix) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
      e.getBoundingClientRect().width > 1 &&
      !e.closest('.vh, .word, .basis, caption, dialog'),
  );

const $ = (el: StanceMatrix, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: StanceMatrix, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const cellFor = (el: StanceMatrix, actor: string, issue: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`td[headers~="a-${actor}"][headers~="q-${issue}"] button`)!;

describe('<stance-matrix>', () => {
  for (const theme of ['light', 'dark']) {
    it(`is accessible (axe-core) as a table, ${theme}`, async () => {
      const el = await matrixAt(1024, `theme="${theme}"`);
      await expect(el).to.be.accessible();
    });

    it(`is accessible (axe-core) as a compact table on a phone, ${theme}`, async () => {
      const el = await matrixAt(320, `theme="${theme}"`);
      await expect(el).to.be.accessible();
    });
  }

  it('has every actor and every question of the bundled data', async () => {
    const el = await matrixAt(1024);
    const text = el.shadowRoot!.textContent!;
    for (const a of d.actors) expect(text).to.contain(localize(a.name, 'en'));
    for (const i of d.issues) expect(text).to.contain(localize(i.label, 'en'));
  });

  it('is a real table: caption, column headers, row headers, cells associated with their headers', async () => {
    const el = await matrixAt(1024);
    const table = $(el, 'table') as HTMLTableElement;
    expect(table.caption!.textContent).to.contain('Where they stand');
    expect($$(el, 'thead [role="columnheader"]')).to.have.length(d.issues.length + 1);
    expect($$(el, 'tbody [role="rowheader"]')).to.have.length(d.actors.length);
    for (const td of $$(el, 'td')) {
      for (const id of td.getAttribute('headers')!.split(' ')) expect(el.shadowRoot!.getElementById(id), id).to.exist;
    }
    expect($$(el, 'td')).to.have.length(d.actors.length * d.issues.length);
  });

  for (const width of [320, 1024]) {
    it(`lines its columns up across every row, as a table does, at ${width} px`, async () => {
      const el = await matrixAt(width);
      const edges = (tr: HTMLElement) => [...tr.children].map((c) => Math.round(c.getBoundingClientRect().left));
      const head = edges($(el, 'thead tr'));
      expect(head).to.have.length(d.issues.length + 1);
      expect(new Set(head).size, 'columns of their own').to.equal(head.length);
      for (const tr of $$(el, 'tbody tr:not(.group)')) expect(edges(tr), tr.textContent!).to.deep.equal(head);
      // Each row's cells are as tall as the row (its rule runs straight under all of them).
      for (const tr of $$(el, 'tbody tr:not(.group)')) {
        const bottoms = [...tr.children].map((c) => Math.round(c.getBoundingClientRect().bottom));
        expect(new Set(bottoms).size, tr.textContent!).to.equal(1);
      }
    });
  }

  it('draws, in a long table, every row a reader scrolls to (rows off screen skip layout until then)', async () => {
    const long = structuredClone(d);
    for (let k = 0; k < 80; k++) long.actors.push({ id: `extra-${k}`, name: `Extra actor ${k}`, role: 'Alderperson', group: 'council' });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('stance-matrix') as StanceMatrix;
    el.data = long;
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('table.many'), 'a long table is not marked as one');
    const last = $(el, 'th#a-extra-79');
    last.scrollIntoView();
    // Drawn once in view: its name has its real size, and the cell beside it is painted at full height.
    await waitUntil(() => (last.querySelector('.name') as HTMLElement).getBoundingClientRect().height > 10, 'the last row was never drawn');
    const cell = last.parentElement!.querySelector('.cell') as HTMLElement;
    expect(cell.getBoundingClientRect().height).to.be.at.least(36);
    expect(getComputedStyle(last.parentElement!).contentVisibility).to.equal('auto');
    // Whole groups off screen skip layout too, held at their rows' estimated height until drawn.
    const group = last.closest('tbody')!;
    expect(getComputedStyle(group).contentVisibility).to.equal('auto');
    expect(group.style.getPropertyValue('contain-intrinsic-block-size')).to.match(/^auto \d/);
    // A short table keeps every row's true height: no estimate for a reader to see corrected.
    const short = await matrixAt(1024);
    expect($(short, 'table').classList.contains('many')).to.equal(false);
  });

  it('reads "No stated position" in unknown cells, with an icon, in grey: no colour of a position', async () => {
    const el = await matrixAt(1024);
    const cell = cellFor(el, 'trump', 'carve-outs');
    expect(cell.textContent).to.contain('No stated position');
    expect(cell.querySelector('svg.icon')).to.exist;
    const known = cellFor(el, 'johnson', 'sanctuary');
    expect(known.textContent).to.contain('Supports');
    expect(known.textContent).to.contain('Own words');
    // An unknown cell's word, icon and background are greys (red = green = blue); a known one's are its position's hue.
    const grey = (colour: string) => new Set(colour.match(/\d+/g)!.slice(0, 3)).size === 1;
    const colours = (c: HTMLElement) => [
      getComputedStyle(c.querySelector('.position')!).color,
      getComputedStyle(c.querySelector('svg.icon')!).color,
      getComputedStyle(c).backgroundColor,
    ];
    expect(colours(cell).map(grey)).to.deep.equal([true, true, true]);
    expect(colours(known).map(grey)).to.deep.equal([false, false, false]);
  });

  for (const [theme, width] of [
    ['light', 1024],
    ['dark', 320],
  ] as const) {
    it(`paints unknown cells with --pe-unknown (word and icon) and --pe-unknown-bg, ${theme}, ${width} px`, async () => {
      const el = await matrixAt(width, `theme="${theme}"`);
      el.style.setProperty('--pe-unknown', 'rgb(1, 2, 3)');
      el.style.setProperty('--pe-unknown-bg', 'rgb(4, 5, 6)');
      const cell = cellFor(el, 'trump', 'carve-outs');
      expect(getComputedStyle(cell).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(cell.querySelector('.position')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(cell.querySelector('svg.icon')!).color).to.equal('rgb(1, 2, 3)');
      // On a phone the legend above the table says "No stated position" in the same colours.
      for (const key of $$(el, '.positions .unknown')) {
        expect(getComputedStyle(key).backgroundColor).to.equal('rgb(4, 5, 6)');
        expect(getComputedStyle(key.querySelector('.position')!).color).to.equal('rgb(1, 2, 3)');
      }
      expect($$(el, '.positions .unknown')).to.have.length(width < 560 ? 1 : 0);
    });
  }

  it('opens no dialog while it is off the page (what opens it came after it was removed), and throws nothing', async () => {
    const el = await matrixAt(1024);
    const cell = cellFor(el, 'johnson', 'sanctuary');
    // A cell opened as its module or a deep link arrives, the element having left the page meanwhile
    // (a route change): a modal dialog cannot open outside a document.
    el.remove();
    cell.click();
    await el.updateComplete;
    expect(($(el, 'dialog') as HTMLDialogElement | null)?.open ?? false).to.equal(false);
  });

  it('opens the evidence on activation: verbatim quote, speaker, date, sources; fires pe-cell-select', async () => {
    const el = await matrixAt(1024);
    const cell = cellFor(el, 'johnson', 'sanctuary');
    setTimeout(() => cell.click());
    const ev = await oneEvent(el, 'pe-cell-select');
    expect(ev.detail.actor.id).to.equal('johnson');
    expect(ev.detail.issue.id).to.equal('sanctuary');
    expect(ev.detail.stance!.quote).to.contain('We will not bend or break');
    expect(ev.bubbles && ev.composed).to.equal(true);
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('blockquote')!.textContent).to.contain('We will not bend or break');
    expect(dialog.querySelector('blockquote footer')!.textContent).to.contain('Brandon Johnson');
    expect(dialog.textContent).to.contain('November 12, 2024');
    // The question's description says what "Supports" means in this column.
    expect(dialog.querySelector('.about')!.textContent).to.contain('Whether Chicago should remain a Welcoming (sanctuary) City');
    await expect(el).to.be.accessible();
  });

  it('shows the history and lets the as-of date change what a history cell shows', async () => {
    const el = await matrixAt(1024);
    expect(cellFor(el, 'r-lopez', 'carve-outs').textContent).to.contain('1 earlier');
    cellFor(el, 'r-lopez', 'carve-outs').click();
    await el.updateComplete;
    expect($(el, 'dialog .history').textContent).to.contain('January 27, 2021');
    (el.shadowRoot!.querySelector('dialog') as HTMLDialogElement).close();
    el.asOf = '2021-06';
    await el.updateComplete;
    const then = cellFor(el, 'r-lopez', 'carve-outs');
    expect(then.textContent).to.contain('Jan 27, 2021');
    expect(then.textContent).to.not.contain('earlier');
    expect(cellFor(el, 'johnson', 'sanctuary').textContent).to.contain('No stated position');
    expect(el.getAttribute('as-of')).to.equal('2021-06');
  });

  it('filters and orders by the actors and issues attributes', async () => {
    const el = await matrixAt(1024, 'actors="vasquez,trump" issues="carve-outs"');
    // Groups follow the order of first appearance in the list, actors the list's order.
    expect($$(el, 'tbody [role="rowheader"]').map((th) => th.id)).to.deep.equal(['a-vasquez', 'a-trump']);
    expect($$(el, 'thead [role="columnheader"]')).to.have.length(2);
  });

  it('emphasises the highlighted actor\u2019s row, and a row header click chooses an actor', async () => {
    const el = await matrixAt(1024, 'highlight="tabares"');
    expect($(el, 'tr.highlighted').textContent).to.contain('Tabares');
    const header = $(el, 'th#a-vasquez button');
    setTimeout(() => header.click());
    const ev = await oneEvent(el, 'pe-actor-select');
    expect(ev.detail.id).to.equal('vasquez');
    expect(el.highlight).to.equal('vasquez');
  });

  it('has one tab stop; arrows move between cells; Escape closes details and returns focus', async () => {
    const el = await matrixAt(1024);
    const focusable = $$(el, 'button').filter((b) => b.tabIndex === 0);
    expect(focusable).to.have.length(1);
    focusable[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-at')).to.equal('0,2');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-at')).to.equal('1,2');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-at')).to.equal('1,0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = el.shadowRoot!.activeElement as HTMLElement;
    expect(last.getAttribute('data-at')).to.equal(`1,${d.issues.length}`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'dialog did not close');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('data-at') === `1,${d.issues.length}`,
      'focus did not return to the cell',
    );
    expect($$(el, 'button').filter((b) => b.tabIndex === 0)).to.have.length(1);
  });

  it('stays a table on a phone: every position as an icon named by its word, with a key, in tap targets of 24 px and text of 12 px or more', async () => {
    const el = await matrixAt(280);
    expect($$(el, 'td')).to.have.length(d.actors.length * d.issues.length);
    expect($$(el, 'tbody [role="rowheader"]')).to.have.length(d.actors.length);
    // The word is the cell's accessible name (and the key says which icon is which).
    expect(cellFor(el, 'johnson', 'sanctuary').textContent).to.contain('Supports');
    expect(cellFor(el, 'trump', 'carve-outs').textContent).to.contain('No stated position');
    expect($(el, '.positions').textContent).to.match(/Supports.*Opposes.*Mixed.*No stated position/);
    for (const button of $$(el, 'button')) {
      const r = button.getBoundingClientRect();
      expect(r.width, button.textContent!).to.be.at.least(24);
      expect(r.height, button.textContent!).to.be.at.least(24);
    }
    for (const box of textBoxesOf(el)) expect(parseFloat(getComputedStyle(box).fontSize), box.textContent!).to.be.at.least(12);
    // Questions are numbered heads, keyed to the full questions; screen readers hear the full question.
    expect($$(el, '.key li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
      d.issues.map((i, n) => `${n + 1} ${localize(i.label, 'en')}`),
    );
    expect($(el, 'th#q-sanctuary .vh').textContent).to.equal(localize(d.issues[1].label, 'en'));
    expect(el.scrollWidth).to.be.at.most(280);
    expect(overflowingText(el)).to.deep.equal([]);
  });

  it('is at most 900 px tall at 375 px with the bundled story', async () => {
    const el = await matrixAt(343);
    expect(el.getBoundingClientRect().height).to.be.at.most(900);
  });

  it('keeps the grid keyboard model in the compact table', async () => {
    const el = await matrixAt(320);
    $$(el, 'button')
      .find((b) => b.tabIndex === 0)!
      .focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-at')).to.equal('1,2');
  });

  it('scrolls more questions than fit inside its own frame, names kept in view, the page never sideways', async () => {
    const many = structuredClone(d);
    for (let k = 0; k < 5; k++) many.issues.push({ id: `extra-${k}`, label: { en: `Extra question ${k}?` } });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('stance-matrix') as StanceMatrix;
    el.data = many;
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('table.compact'), 'compact table never rendered');
    const frame = $(el, '.scroll');
    expect(frame.scrollWidth).to.be.greaterThan(frame.clientWidth);
    expect(frame.getAttribute('role')).to.equal('region');
    expect(frame.tabIndex).to.equal(0);
    expect(el.scrollWidth).to.be.at.most(320);
    // The heads' screen-reader text is placed inside the frame, which clips it: none of it can
    // stretch a phone's page sideways (it did by 148 px with seven questions at 320 px).
    for (const vh of $$(el, 'thead .vh')) expect(frame.contains(vh.offsetParent), 'positioned inside the frame').to.equal(true);
    const name = $(el, 'th#a-trump');
    const left = name.getBoundingClientRect().left;
    frame.scrollLeft = 200;
    await new Promise((r) => requestAnimationFrame(r));
    expect(Math.abs(name.getBoundingClientRect().left - left)).to.be.lessThan(1);
    await expect(el).to.be.accessible();
  });

  for (const width of [320, 768, 1280]) {
    it(`has no overlapping text at ${width} px`, async () => {
      const el = await matrixAt(width);
      expect(overlappingText(el)).to.deep.equal([]);
      expect(overflowingText(el)).to.deep.equal([]);
    });
  }

  describe('in Arabic, right to left', () => {
    before(() => addLanguage('ar', ar));
    const arabicAt = async (width: number) => {
      const el = await matrixAt(width, 'lang="ar"');
      el.data = withArabic(d);
      await el.updateComplete;
      return el;
    };

    for (const width of [320, 768, 1280]) {
      it(`reads from the right, with no overlapping or overflowing text, at ${width} px`, async () => {
        const el = await arabicAt(width);
        const table = $(el, 'table');
        expect(getComputedStyle(table).direction).to.equal('rtl');
        // The names column is the rightmost; the first question is next to it, on its left.
        const [who, first] = $$(el, 'thead th');
        expect(who.getBoundingClientRect().right).to.be.closeTo(table.getBoundingClientRect().right, 1);
        expect(first.getBoundingClientRect().right).to.be.at.most(who.getBoundingClientRect().left + 1);
        expect(el.shadowRoot!.textContent).to.contain(ar.matrixCaption);
        expect(overlappingText(el)).to.deep.equal([]);
        expect(overflowingText(el)).to.deep.equal([]);
      });
    }

    it('is accessible (axe-core), and ← moves to the next question, → back', async () => {
      const el = await arabicAt(1024);
      await expect(el).to.be.accessible();
      $$(el, 'button')
        .find((b) => b.tabIndex === 0)!
        .focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-at')).to.equal('0,2');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-at')).to.equal('0,1');
    });

    it('shows an English quote left to right inside the Arabic dialog', async () => {
      const el = await arabicAt(1024);
      cellFor(el, 'johnson', 'sanctuary').click();
      await el.updateComplete;
      expect(getComputedStyle($(el, 'dialog')).direction).to.equal('rtl');
      expect($(el, 'dialog h3').textContent).to.equal('براندون جونسون');
      expect(getComputedStyle($(el, 'blockquote p')).direction).to.equal('ltr');
      expect(getComputedStyle($(el, 'blockquote footer')).direction).to.equal('rtl');
    });
  });

  it('speaks Spanish under lang="es" and keeps quotes verbatim', async () => {
    const el = await matrixAt(1024, 'lang="es"');
    expect(el.shadowRoot!.textContent).to.contain('Sin postura declarada');
    expect(el.shadowRoot!.textContent).to.contain('Dónde se ubica cada uno');
    cellFor(el, 'johnson', 'sanctuary').click();
    await el.updateComplete;
    expect($(el, 'blockquote').textContent).to.contain('We will not bend or break');
    expect($(el, 'blockquote p').getAttribute('lang')).to.equal('en');
    expect($(el, 'dialog .about').textContent).to.contain('¿Debe Chicago seguir siendo una Ciudad Acogedora');
    expect($(el, 'dialog').textContent, 'the Spanish reader gets the quote translated, labelled as such').to.contain(
      'Traducción: No nos vamos a doblegar ni a quebrar',
    );
  });

  it('shows no "translation" of a quote to a reader of the quote\u2019s own language', async () => {
    const el = await matrixAt(1024);
    cellFor(el, 'johnson', 'sanctuary').click();
    await el.updateComplete;
    expect($(el, 'blockquote').textContent).to.contain('We will not bend or break');
    expect($(el, 'dialog').textContent).not.to.contain('Translation');
  });

  it('renders data text as text, never as markup, and links only http(s) sources', async () => {
    const evil = structuredClone(d);
    evil.actors[0].name = '<img src=x onerror="window.__pwned=1">';
    evil.sources[0].url = 'https://example.org/ok';
    evil.stances[0].summary = { en: '<script>window.__pwned=1</script>' };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><stance-matrix .data=${evil}></stance-matrix></div>`);
    const el = wrapper.querySelector('stance-matrix')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.cell'));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x');
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('opens a quote\u2019s source at the quoted words, offers its archived copy where the data holds one', async () => {
    const data = structuredClone(d);
    const stance = data.stances.find((s) => s.actor === 'johnson' && s.issue === 'sanctuary')!;
    const [quoted, other] = stance.sources!;
    const source = (id: string) => data.sources.find((s) => s.id === id)!;
    Object.assign(source(quoted), {
      url: 'https://news.example/johnson',
      archived: 'https://web.archive.org/web/2024/https://news.example/johnson',
    });
    Object.assign(source(other), { url: 'https://news.example/other' });
    const el = await fixture<StanceMatrix>(html`<stance-matrix style="width: 900px" .data=${data}></stance-matrix>`);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('td[headers~="a-johnson"][headers~="q-sanctuary"] .cell')!.click();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.sources a')];
    const quotedLink = links.find((a) => a.href.startsWith('https://news.example/johnson#'))!;
    expect(quotedLink.href).to.equal('https://news.example/johnson#:~:text=We%20will%20not%20bend%20or%20break');
    // Only the quote's own source opens at the words; the other opens as it is.
    expect(links.map((a) => a.href)).to.include('https://news.example/other');
    const archived = [...dialog.querySelectorAll<HTMLAnchorElement>('a.archived')];
    expect(archived.map((a) => [a.textContent, a.href])).to.deep.equal([['archived copy', source(quoted).archived]]);
  });
});
