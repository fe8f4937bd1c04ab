import { expect } from '@open-wc/testing';
import { readLink, writeLink } from '../../src/shared/deep-link.js';

describe('deep-link fragments', () => {
  it('readLink finds one key\u2019s item of one kind among the page\u2019s parts', () => {
    const hash = '#intro&pe-one=event:trump-order-2017&pe-one=cell:johnson:sanctuary&pe-two=event:vote';
    expect(readLink(hash, 'one', 'event')).to.equal('trump-order-2017');
    expect(readLink(hash, 'one', 'cell')).to.equal('johnson:sanctuary');
    expect(readLink(hash, 'two', 'event')).to.equal('vote');
    expect(readLink(hash, 'two', 'cell')).to.equal(undefined);
    expect(readLink(hash, 'three', 'event')).to.equal(undefined);
    expect(readLink('', 'one', 'event')).to.equal(undefined);
    // A key that is a prefix of another is not confused with it.
    expect(readLink('#pe-one-b=event:x', 'one', 'event')).to.equal(undefined);
  });

  it('writeLink sets, replaces and removes one item, keeping every other part', () => {
    expect(writeLink('', 'one', 'event', 'a')).to.equal('#pe-one=event:a');
    expect(writeLink('#intro', 'one', 'event', 'a')).to.equal('#intro&pe-one=event:a');
    expect(writeLink('#pe-one=event:a&pe-two=event:b', 'one', 'event', 'c')).to.equal('#pe-two=event:b&pe-one=event:c');
    expect(writeLink('#pe-one=event:a&pe-one=cell:x:y', 'one', 'cell', undefined)).to.equal('#pe-one=event:a');
    expect(writeLink('#pe-one=event:a', 'one', 'event', undefined)).to.equal('');
    expect(writeLink('#intro&pe-one=event:a', 'one', 'event', undefined)).to.equal('#intro');
  });

  it('round-trips any key, however the page names its elements', () => {
    for (const key of ['main', 'story 2', 'a&b=c', 'é']) {
      const hash = writeLink('#top', key, 'event', 'x');
      expect(readLink(hash, key, 'event'), key).to.equal('x');
      expect(readLink(hash, 'main2', 'event')).to.equal(undefined);
      expect(writeLink(hash, key, 'event', undefined)).to.equal('#top');
    }
  });
});
