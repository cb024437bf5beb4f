import { describe, expect, test } from 'vitest';
import { MAX_UTTERANCE_CHARS, planUtterances, sentenceSpans, splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  test.each([
    [
      '整个开通过程都在支付宝 APP 里完成。下面的按钮和菜单名称与 APP 中显示的文字一致，照着找就行。开始前请先确认已满足开通条件。',
      ['整个开通过程都在支付宝 APP 里完成。', '下面的按钮和菜单名称与 APP 中显示的文字一致，照着找就行。', '开始前请先确认已满足开通条件。'],
    ],
    ['按时还款！逾期会怎样？先看这里；再看下一节', ['按时还款！', '逾期会怎样？', '先看这里；', '再看下一节']],
    // Closing quotes and brackets stay with their sentence.
    ['页面会提示「开通成功。」然后返回。', ['页面会提示「开通成功。」', '然后返回。']],
    ['（可以先看第 2 步。）再往下找。', ['（可以先看第 2 步。）', '再往下找。']],
    ['他说：“已经开通了！”我也试试。', ['他说：“已经开通了！”', '我也试试。']],
    // A run of stops is one ending.
    ['真的吗？！真的。。', ['真的吗？！', '真的。。']],
    // ASCII stops end a sentence only before a space or the end.
    ['Is it free? Yes! Pay later; on time.', ['Is it free?', 'Yes!', 'Pay later;', 'on time.']],
    ['打开 https://example.org/?q=1;2 查看!', ['打开 https://example.org/?q=1;2 查看!']],
    ['好吗?" 好的', ['好吗?"', '好的']],
    // Whitespace collapsed, empty and unspeakable pieces dropped.
    ['  第一句。\n\n  第二句\n  还有。  ', ['第一句。', '第二句 还有。']],
    ['', []],
    [' \n\t ', []],
    ['。！ ……', []],
    ['没有标点的短句', ['没有标点的短句']],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  const long =
    '如果在信用服务页面里一眼没有看到先用后付，可以在页面上方的搜索框里输入先用后付四个字进行搜索，' +
    '也可以在芝麻信用页面的全部服务列表里慢慢往下翻找、直到看见为止：找到以后点击进入，再按照页面上的提示一步一步完成开通。';

  test('a sentence too long for one utterance is cut after ，、：, as few pieces as fit', () => {
    expect(long.length).toBeGreaterThan(MAX_UTTERANCE_CHARS);
    const pieces = splitSentences(long);
    expect(pieces.join('')).toBe(long);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
      expect(piece).toMatch(/[，、：。]$/);
    }
    // Merged up to the limit, not one clause each.
    expect(pieces.length).toBeLessThan(long.split(/[，、：]/).length);
  });

  test('a long run without any punctuation is still cut, at a space when there is one', () => {
    const han = '先用后付'.repeat(40);
    expect(splitSentences(han).map((piece) => piece.length)).toEqual([60, 60, 40]);
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitSentences(words);
    expect(pieces.join(' ')).toBe(words);
    for (const piece of pieces) expect(piece).toMatch(/^word\d+( word\d+)*$/);
  });

  test('a cut never splits a surrogate pair', () => {
    const text = `${'好'.repeat(59)}𠮷${'好'.repeat(10)}`;
    const pieces = splitSentences(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces[0]!.endsWith('𠮷')).toBe(false);
  });
});

describe('sentenceSpans', () => {
  test('offsets point at the sentence in the original text, whitespace outside', () => {
    const text = '  第一句。 第二句！\n第三句';
    const spans = sentenceSpans(text);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['第一句。', '第二句！', '第三句']);
    expect(spans[0]).toEqual({ start: 2, end: 6 });
  });
});

describe('planUtterances', () => {
  const blocks = [
    { kind: 'heading', text: '第 3 步：找到「芝麻信用」' },
    { kind: 'paragraph', text: '\n  在个人中心页面里找到「芝麻信用」模块。点击进入。' },
    { kind: 'listItem', text: '按时还款。逾期会影响信用。' },
    { kind: 'heading', text: '点击芝麻信用' },
    { kind: 'paragraph', text: '   ' },
    { kind: 'listItem', text: `${'先用后付很方便。'.repeat(10)}` },
  ] as const;
  const plan = planUtterances(blocks);

  test('headings and list items are read whole; paragraphs sentence by sentence', () => {
    expect(plan.map(({ block, text }) => [block, text])).toEqual([
      [0, '第 3 步：找到「芝麻信用」'],
      [1, '在个人中心页面里找到「芝麻信用」模块。'],
      [1, '点击进入。'],
      [2, '按时还款。逾期会影响信用。'],
      [3, '点击芝麻信用'],
      ...Array.from({ length: 10 }, () => [5, '先用后付很方便。']),
    ]);
  });

  test('each sentence carries its offsets within its own block', () => {
    for (const sentence of plan) {
      expect(blocks[sentence.block]!.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(plan[1]).toMatchObject({ start: 3, end: 22 });
    expect(plan[2]).toMatchObject({ start: 22, end: 27 });
  });

  test('no blocks, no plan', () => {
    expect(planUtterances([])).toEqual([]);
  });
});
