/**
 * Where the reader is in the walk through the app's screens (one definition,
 * src/lib/companion/step-flow.ts): a question that names a screen as the place
 * the reader is （信用服务里面找不到…， 到了芝麻信用页面…） or just tapped, with
 * words of sequence （之后， 接下来）, is about the step that happens on the next
 * screen; one that asks where a target is or how to reach a screen
 * （信用服务在哪， 怎么进个人中心） is about the step that taps it.
 */
import { STEP_FLOW } from '../companion/step-flow.ts';

/** After a name: the reader has tapped it or is on its screen, and asks what comes next. */
const NEXT = /之后|以后|然后|接下来|下一步|接着|打开|点开|进去|后(?![果付面台])/;
/** Right after a name: the reader is on that screen （信用服务里面， 芝麻信用页面上）. */
const ON = /^(?:的|页面|页|界面)*(?:里|中|上|内)/;
/** Right before a name: the reader has arrived there （到了， 进了， 已经打开了）. */
const ARRIVED = /(?:在|到了|进了|进到|已经|打开了?|点开了?|进入了?|来到)$/;
/** Asking where something is or how to reach it. */
const WHERE = /在哪|哪里|哪儿|什么地方|哪个地方|位置|入口|找不到|没看到|看不到|没找到|搜不到|(?:怎么|怎样|如何|咋)(?:才能|能)?(?:进|到|打开|去|找|搜)/;
/** What may follow a name inside one word of the query （信用服务页面上， 我的页面）. */
const PLACE_SUFFIX = /^(?:的|页面|页|界面|服务|图标|按钮|app|里面|里|中|上|内)*$/;
/**
 * Words a where-am-I question is made of besides names and place words: taps, looking, the screen's parts.
 * Any other word of the guide （开通， 下载， 条件） means the question is about that, not about the walk.
 */
const FLOW_WORDS = new Set(
  '的 页面 页 界面 图标 按钮 点 点击 点了 点开 按 选 选择 选好 选完 找 找到 查找 搜 搜索 输入 进 进入 到 去 打开 弄 做 干 操作 走 哪个 服务 位置 地方 下面 上面 底部 顶部 列表 模块 选项 应该 该 现在 已经 具体 一步 下一步 之后 以后 然后 接下来 接着 里面'.split(' '),
);
/** Every phrase of a where-am-I question, to find the words left over. */
const FLOW_PHRASES = [NEXT, WHERE, new RegExp(ARRIVED.source.replace(/\$$/, '')), new RegExp([...FLOW_WORDS].sort((a, b) => b.length - a.length).join('|'))].map(
  (pattern) => new RegExp(pattern.source, 'g'),
);

interface Label {
  text: string;
  /** The step a mention of it as a target leads to (the step that taps it). */
  tapped: number;
  /** The step a mention of it as the reader's place leads to (the step on the screen it is or opens). */
  on: number;
}

/** Every name of the walk, longest first: targets lead to the step tapping them, screens to the step on them. */
const LABELS: readonly Label[] = (() => {
  const labels = new Map<string, Label>();
  const add = (text: string, tapped: number, on: number) => {
    if (!labels.has(text)) labels.set(text, { text, tapped, on: Math.min(on, STEP_FLOW.length) });
  };
  for (const place of STEP_FLOW) for (const target of [place.target, ...place.targetAlso]) add(target, place.step, place.step + 1);
  // A screen no step taps by that name （个人中心， 首页）: reached by the step before.
  for (const place of STEP_FLOW) for (const screen of [place.screen, ...place.screenAlso]) if (screen) add(screen, Math.max(1, place.step - 1), place.step);
  return [...labels.values()].sort((a, b) => b.text.length - a.text.length);
})();

interface Mention {
  label: Label;
  start: number;
  end: number;
}

/** The names of the walk in a query, in order; not one inside a longer word of the guide （芝麻信用分， 支付宝账号）. */
function mentions(text: string, isGuideWord: (word: string) => boolean): Mention[] {
  const found: Mention[] = [];
  for (let at = 0; at < text.length; ) {
    const label = LABELS.find((candidate) => text.startsWith(candidate.text, at));
    const end = at + (label?.text.length ?? 1);
    const longer = [1, 2, 3].some((extra) => {
      const word = text.slice(at, end + extra);
      return word.length === end + extra - at && isGuideWord(word) && !PLACE_SUFFIX.test(word.slice(end - at));
    });
    if (label && !longer) found.push({ label, start: at, end });
    at = end;
  }
  return found;
}

/**
 * The step a question is about by the walk through the screens, or null when
 * it names no screen or target with words of place, sequence or looking, or
 * also holds another word of the guide （支付宝在哪里下载 is about the account）.
 * `text` is the normalised query, `words` its words in order.
 */
export function stepOfPlace(text: string, words: readonly string[], isGuideWord: (word: string) => boolean, isFiller: (word: string) => boolean): number | null {
  const named = mentions(text, isGuideWord);
  let step: number | null = null;
  for (const [index, { label, start, end }] of named.entries()) {
    // The text up to the next name belongs to this one; a little before it, to where the reader came from.
    const after = text.slice(end, named[index + 1]?.start ?? text.length);
    const before = text.slice(named[index - 1]?.end ?? 0, start);
    const at = NEXT.test(after) || ON.test(after) ? label.on : WHERE.test(after) || WHERE.test(before) ? label.tapped : ARRIVED.test(before) ? label.on : null;
    if (at !== null) step = Math.max(step ?? 0, at);
  }
  if (step === null) return null;
  // What the names and the phrases of the walk leave over must be filler, or words the guide never uses.
  const covered = new Array<boolean>(text.length).fill(false);
  const cover = (start: number, end: number) => covered.fill(true, start, end);
  for (const { start, end } of named) cover(start, end);
  for (const phrases of FLOW_PHRASES) for (const match of text.matchAll(phrases)) cover(match.index, match.index + match[0].length);
  const left = words.filter((word) => {
    const at = text.indexOf(word);
    return at < 0 || covered.slice(at, at + word.length).includes(false);
  });
  return left.some((word) => !isFiller(word) && isGuideWord(word)) ? null : step;
}
