import { expect } from '@open-wc/testing';
import { ID_MAX_LENGTH, LANGUAGE_CODE, maxLengthOf, requiredFields } from '../../src/convert/schema-facts.js';
import { slug } from '../../src/convert/defaults.js';
import { TABLES } from '../../src/convert/csv-tables.js';
import { validate } from '../../src/data/validate.js';
import minimalDataset from '../fixtures/minimal-dataset.json' with { type: 'json' };
import schema from '../../data/schema.json' with { type: 'json' };

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

  it('the CSV tables require exactly the fields the schema requires, and have a column for each', () => {
    // Read from data/schema.json here, not through schema-facts, which the tables are built with.
    const definitions = {
      events: 'Event',
      actors: 'Actor',
      issues: 'Issue',
      stances: 'Stance',
      sources: 'Source',
      groups: 'Group',
      notes: 'Note',
    } as const;
    for (const [table, definition] of Object.entries(definitions)) {
      const schemaRequires = (schema.$defs as Record<string, { required?: string[] }>)[definition].required ?? [];
      expect(requiredFields(definition), definition).to.deep.equal(schemaRequires);
      const { required, fields } = TABLES[table as keyof typeof definitions];
      // Both ways: no column demanded that the schema leaves optional, no required field left to chance.
      expect([...required].sort(), `${table}.csv requires`).to.deep.equal([...schemaRequires].sort());
      for (const name of required)
        expect(
          fields.map((f) => f.name),
          `${table}.csv has a column "${name}"`,
        ).to.include(name);
    }
    // dataset.csv requires nothing: --title, --as-of and the other flags can give its fields.
    expect(TABLES.dataset.required).to.deep.equal([]);
  });

  it('reads language codes as the schema writes them', () => {
    for (const code of ['en', 'es', 'pt-BR']) expect(LANGUAGE_CODE.test(code), code).to.equal(true);
    for (const code of ['EN', 'e', 'english']) expect(LANGUAGE_CODE.test(code), code).to.equal(false);
  });

  it('an unknown definition is an error, not a silent default', () => {
    expect(() => maxLengthOf('Nope', 'title')).to.throw(/no definition "Nope"/);
  });
});
