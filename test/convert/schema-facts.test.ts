import { expect } from '@open-wc/testing';
import { ID_MAX_LENGTH, LANGUAGE_CODE, maxLengthOf, requiredFields } from '../../src/convert/schema-facts.js';
import { slug } from '../../src/convert/defaults.js';
import { TABLES } from '../../src/convert/csv-tables.js';
import { validate } from '../../src/data/validate.js';
import minimalDataset from '../fixtures/minimal-dataset.json' with { type: 'json' };

const withId = (id: string) => ({ ...structuredClone(minimalDataset), id });

describe('schema-facts', () => {
  it('the longest id it reads from the schema is one the validator accepts, and one more is not', () => {
    expect(validate(withId('a'.repeat(ID_MAX_LENGTH))).ok).to.equal(true);
    expect(validate(withId('a'.repeat(ID_MAX_LENGTH + 1))).ok).to.equal(false);
    expect(slug('word '.repeat(40))).to.have.length.at.most(ID_MAX_LENGTH);
  });

  it('the length limit of a text field is the one the validator enforces', () => {
    const max = maxLengthOf('Dataset', 'title');
    expect(validate({ ...withId('x'), title: 'a'.repeat(max) }).ok).to.equal(true);
    expect(validate({ ...withId('x'), title: 'a'.repeat(max + 1) }).ok).to.equal(false);
  });

  it('every column the CSV tables require is a field the schema requires', () => {
    expect(TABLES.events.required).to.deep.equal(requiredFields('Event'));
    for (const name of requiredFields('Stance')) expect(TABLES.stances.fields.map((f) => f.name)).to.include(name);
  });

  it('reads language codes as the schema writes them', () => {
    for (const code of ['en', 'es', 'pt-BR']) expect(LANGUAGE_CODE.test(code), code).to.equal(true);
    for (const code of ['EN', 'e', 'english']) expect(LANGUAGE_CODE.test(code), code).to.equal(false);
  });

  it('an unknown definition is an error, not a silent default', () => {
    expect(() => maxLengthOf('Nope', 'title')).to.throw(/no definition "Nope"/);
  });
});
