import { describe, expect, test } from 'vitest';
import { stepOfPlace } from './screen-flow';

/** A few words of the guide, enough to tell a question about the walk from one about something else. */
const GUIDE = new Set(['开通', '下载', '芝麻信用分', '支付宝账号', '条件', '打开', '点击', '页面', '之后']);
const FILLER = new Set(['我', '了', '呢', '吗', '怎么', '什么', '要', '怎么办', '办']);
/** Words as the query layer splits them; here simply the text between spaces. */
const step = (query: string) => stepOfPlace(query.replaceAll(' ', ''), query.split(' '), (word) => GUIDE.has(word), (word) => FILLER.has(word));

describe('the step a question is about, by the screens of the walk (step-flow.ts)', () => {
  test.each([
    // On a screen, or just after tapping something: the step that happens next.
    ['信用服务 里面 找不到 先用后付', 5],
    ['到了 芝麻信用 页面 下一步 是 啥', 4],
    ['支付宝 打开 了 接下来 呢', 2],
    ['点了 立即开通 之后 怎么办', 7],
    ['个人中心 里 怎么 找 芝麻信用', 3],
    ['选好 商家 后 呢', 7],
    // Where a target is, or how to reach a screen: the step that taps it.
    ['信用服务 在哪', 4],
    ['怎么 进入 个人中心', 2],
    ['我的 页面 在哪里', 2],
    ['找不到 先用后付', 5],
  ])('%s → step %i', (query, expected) => {
    expect(step(query)).toBe(expected);
  });

  test.each([
    // No word of place, sequence or looking.
    '先用后付 是 什么',
    '商家 和 服务 怎么 选',
    // Another word of the guide: the question is about that.
    '支付宝 在哪里 下载',
    '先用后付 在哪里 开通',
    // A longer word of the guide holds the name.
    '芝麻信用分 在哪 看',
  ])('%s → none', (query) => {
    expect(step(query)).toBeNull();
  });
});
