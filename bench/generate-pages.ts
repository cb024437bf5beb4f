/**
 * Synthetic guide sections for the growth benchmark: valid `guide` collection
 * entries (frontmatter per src/content.config.ts, hand-written heading ids)
 * filled with plausible zh-CN prose. Pure and deterministic: page `index` is
 * the same text whatever the page count, so builds of N = 100 and N = 1000
 * differ only by the pages added.
 */
import { createRandom } from '../tests/support/random.ts';

export interface GeneratedPage {
  /** File name without `.mdx`, and so the URL segment (`/extra-0001/`). */
  slug: string;
  source: string;
}

const DEFAULT_SEED = 20240819;
/** Real sections use small orders; synthetic ones start here so they never clash. */
export const FIRST_ORDER = 100;
/** Synthetic pages come in chapters (`group`) of this many, as a site of articles would group them. */
export const CHAPTER_SIZE = 25;
export const chapterOf = (index: number) => `专题 ${Math.floor(index / CHAPTER_SIZE) + 1}`;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** [page title topic, short navigation label (≤ 6 characters, a number is appended)]. */
const TOPICS: readonly (readonly [string, string])[] = [
  ['先用后付订单的账单周期', '账单周期'],
  ['芝麻信用分的变化规律', '信用分变化'],
  ['商家的退换货规则', '退换货规则'],
  ['自动扣款失败的处理办法', '扣款失败'],
  ['开通后如何关闭服务', '关闭服务'],
  ['可用额度不足时的选择', '额度不足'],
  ['逾期还款带来的影响', '逾期影响'],
  ['绑定和更换银行卡', '绑定银行卡'],
  ['修改默认付款方式', '付款方式'],
  ['查看待付款的订单', '待付款订单'],
  ['租赁服务的信用免押', '信用免押'],
  ['会员订阅的自动续费', '自动续费'],
  ['到店消费时使用先用后付', '到店消费'],
  ['网购退货后的退款进度', '退款进度'],
  ['联系客服与提交申诉', '客服申诉'],
  ['保护账户安全的习惯', '账户安全'],
];

const HEADINGS = ['常见情况', '操作方法', '需要准备什么', '费用说明', '还款时间', '额度变化', '退款怎么处理', '安全提示', '遇到问题怎么办', '举个例子'];
const SUBHEADINGS = ['在手机上操作', '在商家页面确认', '查看通知消息', '核对订单信息', '保留凭证'];

const WHO = ['用户', '新用户', '不少消费者', '学生用户', '经常网购的人', '第一次使用的读者', '上班族'];
const SCENE = ['网购', '到店消费', '租用充电宝', '订阅视频会员', '预订酒店', '点外卖', '打车出行'];
const CONDITION = ['订单显示「待付款」', '扣款没有成功', '芝麻信用分暂时不够', '商家拒绝了申请', '收到的商品与描述不符', '绑定的银行卡已经过期'];
const ADVICE = ['先联系商家客服确认订单状态', '在「我的」页面检查默认付款方式', '及时补足账户余额', '保留聊天记录和订单截图', '耐心等待系统重新评估', '仔细阅读服务协议中的还款条款'];
const LABEL = ['我的', '芝麻信用', '信用服务', '先用后付', '账单', '设置'];
const RESULT = ['可以先拿到商品再付款', '系统会在到期日自动扣款', '页面会提示剩余的还款时间', '订单会自动转为已完成', '通知会同时发送到手机上'];
const PLATFORM = ['iOS', 'Android', 'HarmonyOS'];

/** Sentence templates; Latin words and digits are always set off from Han characters by spaces. */
const SENTENCES: readonly ((random: Random) => string)[] = [
  (r) => `${pick(r, WHO)}在${pick(r, SCENE)}时选择先用后付，${pick(r, RESULT)}。`,
  (r) => `如果${pick(r, CONDITION)}，建议${pick(r, ADVICE)}。`,
  (r) => `一般来说，还款期限是确认收货后的 ${between(r, 7, 30)} 天，具体以订单页面为准。`,
  (r) => `你可以在支付宝 APP 的「${pick(r, LABEL)}」页面查看详情，整个过程大约需要 ${between(r, 1, 5)} 分钟。`,
  (r) => `在 ${pick(r, PLATFORM)} 版的支付宝 APP 中，入口的位置基本相同。`,
  (r) => `芝麻信用分在 ${between(r, 550, 700)} 分以上时，可选择的商家通常会更多。`,
  (r) => `退款一般会在 ${between(r, 1, 7)} 个工作日内原路退回，节假日可能稍有延迟。`,
  () => `请不要把 6 位支付密码或短信验证码告诉任何人，包括自称客服的人。`,
  (r) => `${pick(r, WHO)}常问：${pick(r, CONDITION)}该怎么办？答案是${pick(r, ADVICE)}。`,
  (r) => `据 ${between(r, 2021, 2025)} 年的一项调查，约有 ${between(r, 30, 80)}% 的受访者用过先用后付。`,
  (r) => `到期前 ${between(r, 1, 3)} 天，系统会通过 App 推送和短信提醒你还款。`,
];

const sentence = (random: Random) => pick(random, SENTENCES)(random);
const paragraph = (random: Random, min: number, max: number) =>
  Array.from({ length: between(random, min, max) }, () => sentence(random)).join('');

const EPOCH = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

const slugOf = (index: number) => `extra-${String(index + 1).padStart(4, '0')}`;

/**
 * One synthetic article. Heading ids start with the page's slug, so they are
 * unique across the whole site; from the second page on, the text links to the
 * previous page's first heading, which the build's link checker verifies.
 */
export function generatePage(index: number, seed = DEFAULT_SEED): GeneratedPage {
  const random = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const slug = slugOf(index);
  const number = index + 1;
  const [topic, label] = pick(random, TOPICS);
  const published = EPOCH + between(random, 0, 900) * DAY;
  const updated = published + between(random, 0, 300) * DAY;
  const description = `${topic}：${sentence(random)}`.slice(0, 120);

  const body: string[] = [paragraph(random, 2, 3)];
  if (index > 0) body.push(`相关内容可以先读[上一篇](/${slugOf(index - 1)}/#${slugOf(index - 1)}-1)。`);
  const sections = between(random, 3, 5);
  for (let h2 = 1; h2 <= sections; h2++) {
    body.push(`## ${pick(random, HEADINGS)} { #${slug}-${h2} }`, paragraph(random, 1, 3));
    if (random() < 0.4) {
      body.push(`### ${pick(random, SUBHEADINGS)} { #${slug}-${h2}-1 }`);
      body.push(Array.from({ length: between(random, 2, 4) }, () => `- ${sentence(random)}`).join('\n'));
    }
  }

  const frontmatter = [
    '---',
    `title: ${JSON.stringify(`${topic}（第 ${number} 篇）`)}`,
    `navTitle: ${JSON.stringify(`${label} ${number}`)}`,
    `description: ${JSON.stringify(description)}`,
    `order: ${FIRST_ORDER + index}`,
    `group: ${JSON.stringify(chapterOf(index))}`,
    // Articles beside the guide: their own pages and chapter, not the one-page guide.
    'inOnePageGuide: false',
    `published: ${isoDate(published)}`,
    `updated: ${isoDate(updated)}`,
    '---',
  ];
  return { slug, source: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n` };
}

/** Pages 0 … count-1; at most 9999 so ids and labels keep their shape. */
export function generatePages(count: number, seed = DEFAULT_SEED): GeneratedPage[] {
  if (!Number.isInteger(count) || count < 0 || count > 9999) throw new Error(`page count must be an integer 0–9999, got ${count}`);
  return Array.from({ length: count }, (_, index) => generatePage(index, seed));
}
