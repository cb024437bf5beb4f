import { describe, expect, test } from 'vitest';
import { lookUpAll, termLookups } from './lookups';

/** A stand-in for Pagefind: which pages hold which term, and how often it was asked. */
function fakeIndex(pages: Record<string, string[]>) {
  const asked: string[] = [];
  return {
    asked,
    search: async (term: string) => {
      asked.push(term);
      if (term === 'broken') throw new Error('offline');
      return { results: Object.entries(pages).filter(([, terms]) => terms.includes(term)).map(([id]) => ({ id })) };
    },
  };
}

describe('termLookups', () => {
  test('each term is searched once, however often it is looked up', async () => {
    const index = fakeIndex({ a: ['先用', '后付'], b: ['先用'] });
    const lookUp = termLookups(index);
    expect([...(await lookUp('先用')).keys()]).toEqual(['a', 'b']);
    await lookUp('先用');
    await lookUp('后付');
    expect(index.asked).toEqual(['先用', '后付']);
  });

  test('keeps the most recently used terms up to its capacity', async () => {
    const index = fakeIndex({});
    const lookUp = termLookups(index, 2);
    await lookUp('一');
    await lookUp('二');
    await lookUp('一'); // used again: 二 is now the oldest
    await lookUp('三');
    await lookUp('一');
    await lookUp('二');
    expect(index.asked).toEqual(['一', '二', '三', '二']);
  });

  test('a failed lookup is tried again next time', async () => {
    const index = fakeIndex({});
    const lookUp = termLookups(index);
    await expect(lookUp('broken')).rejects.toThrow('offline');
    await expect(lookUp('broken')).rejects.toThrow('offline');
    expect(index.asked).toEqual(['broken', 'broken']);
  });
});

describe('lookUpAll', () => {
  test('the pages holding every term', async () => {
    const lookUp = termLookups(fakeIndex({ a: ['先用', '后付'], b: ['先用'], c: ['后付'] }));
    expect([...(await lookUpAll(lookUp, ['先用', '后付'])).keys()]).toEqual(['a']);
    expect([...(await lookUpAll(lookUp, ['先用'])).keys()]).toEqual(['a', 'b']);
    expect((await lookUpAll(lookUp, [])).size).toBe(0);
  });
});
