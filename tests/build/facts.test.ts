import { describe, expect, test } from 'vitest';
import { loadPage, textOf } from '../support/site';

/**
 * Every fact of the source guide (../shared/seed/guide.txt), as the words a
 * reader must find on the page. Our text is our own wording, so each fact is
 * the set of phrases that carry it; the app's UI labels are verbatim.
 */
const facts: { page: string; fact: string; phrases: string[] }[] = [
  { page: '/overview/', fact: 'convenient payment is popular in the digital age', phrases: ['数字化', '便捷'] },
  { page: '/overview/', fact: 'based on the Zhima Credit assessment system', phrases: ['芝麻信用评估体系', '支付方式'] },
  { page: '/overview/', fact: 'enjoy goods or services first, pay within the set time', phrases: ['先享受商品或服务', '规定的时间内', '付款'] },
  { page: '/overview/', fact: 'useful for trying new goods while worried about quality', phrases: ['新商品', '质量', '实用'] },
  { page: '/eligibility/', fact: 'an Alipay account is required', phrases: ['支付宝账号'] },
  { page: '/eligibility/', fact: 'no account: download the app from the app store and register', phrases: ['应用商店', '支付宝 APP', '注册'] },
  { page: '/eligibility/', fact: 'the Zhima credit score must reach a level', phrases: ['芝麻信用分', '重要条件', '一定标准'] },
  { page: '/eligibility/', fact: 'the required score differs by merchant and service', phrases: ['不同的商家和服务'] },
  { page: '/eligibility/', fact: 'check the score in the 芝麻信用 module of the app', phrases: ['「芝麻信用」模块', '查看'] },
  { page: '/eligibility/', fact: 'users usually must be 18 or older', phrases: ['年满 18 周岁'] },
  { page: '/steps/', fact: 'step 1: open the Alipay app from its icon', phrases: ['支付宝 APP', '图标', '点击打开'] },
  { page: '/steps/', fact: 'step 2: tap 我的 at the bottom right of the home page', phrases: ['支付宝首页', '右下角', '「我的」', '个人中心'] },
  { page: '/steps/', fact: 'step 3: open the 芝麻信用 module', phrases: ['「芝麻信用」模块'] },
  { page: '/steps/', fact: 'step 4: tap 信用服务', phrases: ['「信用服务」选项'] },
  { page: '/steps/', fact: 'step 5: find 先用后付, or type it into the search box', phrases: ['「先用后付」服务', '搜索框', '输入「先用后付」'] },
  { page: '/steps/', fact: 'step 6: a list of supporting merchants and services; choose one', phrases: ['支持先用后付的商家和服务', '选择合适的商家和服务'] },
  { page: '/steps/', fact: 'step 7: tap 立即开通 and follow the prompts', phrases: ['「立即开通」按钮', '提示', '完成开通流程'] },
  { page: '/cautions/', fact: 'repay on time', phrases: ['按时还款'] },
  { page: '/cautions/', fact: 'overdue repayment can hurt the score and bring legal liability', phrases: ['逾期', '芝麻信用分', '法律责任'] },
  { page: '/cautions/', fact: 'learn the merchant policy before enabling', phrases: ['商家的政策和规定'] },
  { page: '/cautions/', fact: 'repayment terms and fees differ by merchant', phrases: ['还款期限', '费用'] },
  { page: '/cautions/', fact: 'protect personal information: never leak account or password', phrases: ['个人信息安全', '账号', '密码', '不必要的损失'] },
  { page: '/cautions/', fact: 'summary: convenient, but know the conditions and cautions to protect your rights', phrases: ['非常便捷', '权益'] },
];

/** The source site's list of related articles is its chrome, not our content. */
const notOurs = ['还款计划书', '小米商城', '京东商城'];

const articleText = (sitePath: string) => textOf(loadPage('root', sitePath).querySelector('article, main')!);

describe('every fact of the source guide is on its page and in the one-page guide', () => {
  test.each(facts)('$page: $fact', ({ page, phrases }) => {
    const text = articleText(page);
    const whole = articleText('/guide/');
    for (const phrase of phrases) {
      expect(text, phrase).toContain(phrase);
      expect(whole, phrase).toContain(phrase);
    }
  });

  test('the source site chrome is not copied', () => {
    for (const page of ['/overview/', '/eligibility/', '/steps/', '/cautions/']) {
      for (const title of notOurs) expect(articleText(page)).not.toContain(title);
    }
  });
});

describe('Chinese typography', () => {
  // Han next to Latin letters or digits needs a space (e.g. "支付宝 APP", "年满 18 周岁").
  const han = '\\p{Script=Han}';
  const unspaced = new RegExp(`${han}[A-Za-z0-9]|[A-Za-z0-9]${han}`, 'u');

  /** Text nodes one by one: neighbouring elements (a badge number beside a label) are laid out apart. */
  const textNodes = (node: Node): string[] =>
    node.nodeType === 3 ? [node.textContent ?? ''] : [...node.childNodes].flatMap(textNodes);

  test.each(['/', '/overview/', '/eligibility/', '/steps/', '/cautions/'])('%s spaces Han from Latin and digits', (sitePath) => {
    const main = loadPage('root', sitePath).querySelector('main')!;
    const offenders = textNodes(main).filter((text) => unspaced.test(text));
    expect(offenders).toEqual([]);
  });
});
