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
