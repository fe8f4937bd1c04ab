// Quotes must be verbatim from the story. The article itself is not part of this repository
// (it is the publisher's text): point POLICY_ARTICLE at a copy to run this check, e.g.
//   POLICY_ARTICLE=../shared/source/article.txt npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const article = process.env.POLICY_ARTICLE;
const dataset = JSON.parse(readFileSync(new URL('../../data/chicago-welcoming-city.json', import.meta.url), 'utf8'));

test(
  'every quote in the bundled dataset appears verbatim in the article',
  { skip: !article || !existsSync(article) ? 'set POLICY_ARTICLE to the article text to check quotes' : false },
  () => {
    const text = readFileSync(article, 'utf8');
    const quotes = dataset.stances.filter((s) => s.quote);
    assert.ok(quotes.length > 0);
    for (const s of quotes) assert.ok(text.includes(s.quote), `${s.actor}/${s.issue}: not verbatim: ${s.quote}`);
  },
);

test('every quote in the bundled dataset has a Spanish translation, and its own language is the quote itself', () => {
  const quoted = dataset.stances.filter((s) => s.quote);
  assert.ok(quoted.length > 0);
  for (const s of quoted) {
    const where = `${s.actor}/${s.issue}`;
    const es = s.quoteTranslation?.es;
    assert.ok(typeof es === 'string' && es.trim() && es !== s.quote, `${where}: no Spanish translation of “${s.quote}”`);
    // The schema needs English in every text; in the speaker's language the "translation" is the
    // quote verbatim, which the widget never shows as a translation.
    assert.equal(s.quoteTranslation[s.quoteLang ?? 'en'], s.quote, `${where}: quoteTranslation.${s.quoteLang ?? 'en'} must be the quote`);
  }
});

test('Spanish summaries and notes keep the quotes the English ones carry, marked as translations', () => {
  const quotes = (text) => text.match(/“[^”]+”/g) ?? [];
  const texts = [];
  for (const e of dataset.events) {
    texts.push([`events/${e.id}/summary`, e.summary]);
    for (const n of e.notes ?? []) texts.push([`events/${e.id}/notes`, n.text]);
  }
  for (const s of dataset.stances) texts.push([`stances/${s.actor}/${s.issue}/${s.date}`, s.summary]);
  for (const [where, t] of texts) {
    if (!t?.en) continue;
    assert.equal(
      quotes(t.es).length,
      quotes(t.en).length,
      `${where}: ${quotes(t.en).length} quote(s) in English, ${quotes(t.es).length} in Spanish`,
    );
    for (const q of quotes(t.es)) assert.ok(t.es.includes(`${q} (traducción)`), `${where}: ${q} is not marked “(traducción)”`);
  }
});
