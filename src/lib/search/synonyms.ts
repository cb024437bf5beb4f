/**
 * Reader words → the guide's words: the reviewed table editors extend.
 *
 * Each entry lists what readers type (colloquial, short, or a question word)
 * and the words the guide itself uses for it. A query word equal to a
 * `reader` word is also searched as every `site` word. `hint` entries are
 * question words that point at a kind of answer （在哪 → where a step says to
 * find or tap something）: their site words help rank, but are not required.
 * `phrase` entries are also replaced inside a longer query, for the exact tier
 * （芝麻分高吗 → 芝麻信用分高吗）.
 *
 * Rules for editors: every `site` word must occur on the site (tests/search
 * checks it on the built index); never map to a word the guide does not
 * say; keep the reader side to words readers really type.
 */
export interface SynonymEntry {
  reader: readonly string[];
  site: readonly string[];
  hint?: true;
  phrase?: true;
}

export const READER_SYNONYMS: readonly SynonymEntry[] = [
  { reader: ['芝麻分', '信用分', '芝麻积分', '信用积分', '芝麻信用积分', '信用评分'], site: ['芝麻信用分'], phrase: true },
  { reader: ['征信', '信用记录', '信誉'], site: ['芝麻信用分', '芝麻信用'] },
  { reader: ['分数线', '几分', '分够', '分低', '分不够', '门槛'], site: ['分数', '标准'] },
  { reader: ['年龄', '年纪', '岁数', '多大', '成年', '未成年', '几岁'], site: ['周岁', '年满'], phrase: true },
  { reader: ['先享后付', '先买后付', '先用后还', '后付款', '先消费后付款'], site: ['先用后付'], phrase: true },
  { reader: ['激活', '开启', '开户', '办理', '申请', '开'], site: ['开通'], phrase: true },
  { reader: ['还钱', '还账', '还', '还清'], site: ['还款'], phrase: true },
  { reader: ['付钱', '付费', '交钱', '给钱', '买单'], site: ['付款'], phrase: true },
  { reader: ['晚还', '迟还', '拖欠', '延期', '欠款', '不还', '没还', '晚', '迟', '拖', '过期'], site: ['逾期', '按时还款'] },
  { reader: ['后果', '会怎样', '会怎么样'], site: ['影响', '法律责任'] },
  { reader: ['坐牢', '起诉', '违法', '犯法', '被告'], site: ['法律责任'] },
  { reader: ['还款时间', '多久还', '几天', '什么时候还', '时限'], site: ['还款期限', '规定的时间'] },
  { reader: ['手续费', '收费', '收钱', '花钱', '贵'], site: ['费用'] },
  { reader: ['安全', '被盗', '盗号', '泄密', '骗子', '诈骗', '被骗', '防骗', '骗', '隐私'], site: ['个人信息', '泄露', '密码'] },
  { reader: ['账户', '帐号', '帐户'], site: ['账号'] },
  { reader: ['alipay'], site: ['支付宝'], phrase: true },
  { reader: ['没账号', '注册账号', '装支付宝', '安装'], site: ['注册', '下载'] },
  { reader: ['资格', '条件', '要求', '前提'], site: ['条件', '要求'] },
  { reader: ['开通不了', '开不了', '开不通', '开通失败', '无法开通', '不能开通', '没法开通'], site: ['条件', '才能开通'] },
  { reader: ['流程', '教程', '攻略', '手把手', '方法', '办法', '步骤', '操作'], site: ['步骤', '流程'] },
  { reader: ['几步', '多少步', '几个步骤', '多少个步骤'], site: ['步骤'] },
  { reader: ['商户', '店家', '卖家', '商店', '店铺'], site: ['商家'] },
  { reader: ['规则', '规矩', '条款', '协议'], site: ['政策', '规定'] },
  { reader: ['好处', '优点', '用处', '有什么用', '划算'], site: ['便利', '方便', '实用'] },
  { reader: ['什么是', '什么叫', '怎么回事', '什么意思', '意思', '含义', '定义', '原理', '介绍', '是啥'], site: ['是什么', '是一种'], hint: true },
  { reader: ['谁', '哪些人', '什么人', '人群'], site: ['适合'] },
  { reader: ['主页', '首屏'], site: ['首页'] },
  { reader: ['总结', '总之'], site: ['小结', '总的来说'] },
  { reader: ['最后一步', '最后'], site: ['完成', '立即开通'] },
  { reader: ['按钮', '入口'], site: ['按钮', '选项', '模块'] },
  { reader: ['看不到', '找不到', '搜不到', '没有看到'], site: ['没看到', '搜索框', '查找'] },
  { reader: ['挑', '挑选', '选哪个', '选'], site: ['选择'] },
  { reader: ['点', '点哪个', '按'], site: ['点击'] },
  { reader: ['在哪', '在哪里', '哪里', '哪儿', '怎么找', '入口在哪'], site: ['找到', '点击', '进入'], hint: true },
  { reader: ['怎么开', '怎么开通', '如何开通', '在哪开', '在哪开通', '在哪里开', '在哪里开通', '哪里开通', '从哪开通', '开通入口'], site: ['步骤', '立即开通'], hint: true },
];

/**
 * 我的 is a tab of the app （进入「我的」页面） and also the reader's "my"
 * （我的信用分够不够， 我的芝麻信用在哪）. Followed by another word of the query
 * that is not one of these, a filler word （里， 上） or a hint （在哪）, it means
 * "my" and is dropped like other filler.
 */
export const MY_TAB = '我的';
export const MY_TAB_CONTEXT: ReadonlySet<string> = new Set(['页面', '页', '界面', '图标', '按钮', '入口', '标签', '菜单', '里面', '下']);

/** Number rules for the exact tier: 18岁 is written 18 周岁， 年满 18 周岁 on the site. */
export const NUMBER_RULES: readonly [RegExp, string][] = [
  [/(\d+)岁/g, '$1周岁'],
  [/(\d+)周?岁以上/g, '年满$1周岁'],
];

/** Chinese digits readers type for step numbers and ages （第三步， 十八岁）. */
const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL = '[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]';
const NUMBERED = new RegExp(`第(${NUMERAL})步|(${NUMERAL})(?=周?岁)`, 'g');

/** 一 to 九十九 as a number: 十八 → 18, 二十 → 20, 七 → 7. */
function numeralValue(numeral: string): number {
  if (!numeral.includes('十')) return DIGITS[numeral]!;
  const [tens = '', ones = ''] = numeral.split('十');
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

/** 第三步 → 第3步， 十八岁 → 18岁； other text is left as it is. */
export function chineseNumbers(text: string): string {
  return text.replace(NUMBERED, (_, step: string | undefined, age: string) => (step ? `第${numeralValue(step)}步` : String(numeralValue(age))));
}

export interface SiteWords {
  words: readonly string[];
  hint: boolean;
}

const byReader = new Map<string, SiteWords>();
for (const entry of READER_SYNONYMS) {
  for (const word of entry.reader) {
    const existing = byReader.get(word);
    const words = [...new Set([...(existing?.words ?? []), ...entry.site])];
    byReader.set(word, { words, hint: Boolean(existing?.hint ?? true) && Boolean(entry.hint) });
  }
}

/** The guide's words for one query word, or null when the table has no entry for it. */
export function siteWordsFor(word: string): SiteWords | null {
  return byReader.get(word) ?? null;
}

/** Replacements applied inside a whole query for the exact tier, most specific first. */
export function phraseRules(): [RegExp, string][] {
  const rules: [RegExp, string][] = [...NUMBER_RULES];
  for (const entry of READER_SYNONYMS) {
    if (!entry.phrase) continue;
    const readers = entry.reader.filter((word) => [...word].length >= 2);
    if (readers.length === 0) continue;
    const pattern = new RegExp(readers.sort((a, b) => b.length - a.length).join('|'), 'g');
    rules.push([pattern, entry.site[0]!]);
  }
  return rules;
}
