/**
 * The ideas each section of the guide answers, in the words readers use for
 * them, written once per section: a reader word the guide never uses that
 * shares two characters with one of a section's ideas （催款 ~ 催收， 老年人 ~
 * 老人）, or holds a one-character idea （被骗 ~ 骗）, is also searched as that
 * section's own words. Unlike synonyms.ts, words nobody listed are covered by
 * their likeness to the ones listed.
 *
 * Rules for editors: `site` words must occur in that section （tests/search
 * checks them on the built index）; ideas are words the guide does not answer
 * elsewhere, and never a topic it does not cover at all （利息， 额度）.
 */
export interface SectionConcept {
  /** The section's own words, looked up for a reader word like one of `ideas`. */
  site: readonly string[];
  /** Reader words for what the section answers, space-separated. */
  ideas: string;
}

export const SECTION_CONCEPTS: readonly SectionConcept[] = [
  // /overview/#what-it-is
  { site: ['是一种', '先享受商品'], ideas: '啥意思 是啥 干嘛 干啥 原理 先试后买 先体验 赊账 白用 概念 解释' },
  // /overview/#who-it-suits
  { site: ['适合', '担心', '质量'], ideas: '怕 适合谁 什么人 人群 怕买 不满意 不合适 不好用 试用 试试 新品' },
  // /eligibility/#alipay-account
  { site: ['下载', '注册', '应用商店'], ideas: '没装 安装 装上 下载 软件 应用 注册 新用户' },
  // /eligibility/#credit-score
  { site: ['芝麻信用分', '分数'], ideas: '分低 分数 评分 查分 看分 多少分 信用差 信用不好 信用低' },
  // /eligibility/#age
  { site: ['年满', '周岁'], ideas: '学生 大学生 高中生 中学生 未成年 小孩 孩子 年纪 岁数 满十八 成年人' },
  // /cautions/#repay-on-time
  { site: ['逾期', '按时还款', '法律责任'], ideas: '黑名单 催收 催款 上门 失信 老赖 赖账 还不上 还不起 没钱还 欠钱 罚款 打官司 坐牢 被告 惩罚' },
  // /cautions/#merchant-policy
  { site: ['商家的政策', '还款期限', '费用'], ideas: '多久 多长时间 期限 扣钱 扣款 收费 手续费 服务费 还款日 账单 每家 各家 规矩' },
  // /cautions/#personal-info
  { site: ['个人信息', '泄露', '密码'], ideas: '骗 诈骗 骗子 验证码 隐私 资料 泄漏 盗号 被盗 身份证 银行卡 陌生人' },
  // /care/#what-it-is
  { site: ['长辈模式', '老人'], ideas: '老年人 老人家 长辈 爸妈 父母 老花 看不清 视力 字小 大字 眼神' },
  // /care/#turn-on
  { site: ['字号'], ideas: '放大 调大 字体 字太小 变大 缩小' },
  // /care/#read-aloud
  { site: ['朗读', '语速'], ideas: '念 读给 听 语音 声音 慢点 快点 读得快' },
  // /care/#share
  { site: ['发给家人', '网址'], ideas: '发给 分享 转发 家人 链接 爸妈看' },
  // /care/#screen-reader
  { site: ['读屏', '没有朗读功能'], ideas: '读屏 无障碍 旁白 不能朗读 没法朗读 没声音' },
];

const IDEAS = SECTION_CONCEPTS.map((concept) => ({ site: concept.site, ideas: concept.ideas.split(' ') }));

/**
 * True when `a` holds `b`, or they share two characters in a row that are not
 * a word of the guide （信用卡 is not 信用差： 信用 names the guide's own idea）.
 */
function alike(a: string, b: string, vocabulary: ReadonlySet<string>): boolean {
  if (a.includes(b)) return true;
  for (let i = 0; i + 1 < a.length; i++) {
    const pair = a.slice(i, i + 2);
    if (b.includes(pair) && !vocabulary.has(pair)) return true;
  }
  return false;
}

/** The guide's words for a reader word the guide never uses, by the section ideas it is like (a lone character only as itself). */
export function conceptWords(word: string, vocabulary: ReadonlySet<string>): string[] {
  const like = (idea: string) => (word.length < 2 ? idea === word : alike(word, idea, vocabulary));
  return [...new Set(IDEAS.filter(({ ideas }) => ideas.some(like)).flatMap(({ site }) => site))];
}
