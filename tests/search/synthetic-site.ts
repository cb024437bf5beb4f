/**
 * A generated zh-CN site of a few hundred pages, to check that search quality
 * holds beyond the four real pages: more words, more collisions, an index
 * split into several chunks. Plain HTML as any static generator would write
 * it, indexed by the same code as the real build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../../src/lib/html';
import { createRandom } from '../support/random';

/** Everyday words, weighted towards the front of the list (a rough Zipf curve). */
const WORDS = [
  '的', '了', '在', '是', '和', '也', '就', '都', '而', '及', '与', '或', '被', '把', '让', '给',
  '用户', '服务', '支付', '账户', '信用', '商家', '订单', '还款', '额度', '账单', '页面', '按钮', '设置', '选择',
  '确认', '提交', '查看', '修改', '绑定', '解绑', '开通', '关闭', '申请', '审核', '通过', '失败', '成功', '提醒',
  '手机', '银行卡', '余额', '积分', '优惠券', '红包', '会员', '权益', '保障', '安全', '密码', '验证码', '身份证',
  '实名认证', '人脸识别', '客服', '投诉', '退款', '退货', '换货', '物流', '快递', '配送', '签收', '售后', '评价',
  '首页', '我的', '消息', '通知', '搜索', '分类', '推荐', '热门', '最新', '全部', '更多', '返回', '下一步', '完成',
  '免押金', '租赁', '充电宝', '共享单车', '酒店', '机票', '火车票', '电影票', '外卖', '超市', '便利店', '加油站',
  '自动扣款', '分期', '利息', '手续费', '逾期', '罚息', '征信', '记录', '报告', '评分', '等级', '规则', '协议',
  '条款', '隐私', '授权', '数据', '信息', '个人', '家庭', '工作', '学校', '公司', '城市', '地区', '时间', '日期',
  '今天', '明天', '本月', '下月', '每周', '每天', '小时', '分钟', '金额', '元', '笔', '次', '个', '张', '份',
  '可以', '需要', '应该', '必须', '能够', '如果', '因为', '所以', '但是', '然后', '同时', '另外', '例如', '比如',
  '非常', '比较', '特别', '一定', '已经', '正在', '马上', '立即', '及时', '按时', '提前', '延期', '暂停', '恢复',
  '打开', '进入', '点击', '输入', '填写', '上传', '下载', '更新', '升级', '登录', '注册', '退出', '切换', '分享',
  '先用后付', '芝麻信用', '信用分', '花呗', '借呗', '余额宝', '支付宝', '淘宝', '天猫', '饿了么', '高德地图', '菜鸟',
];
const LATIN = ['APP', 'VIP', 'ID', 'PIN', 'QR', 'iOS', 'Android', 'App Store'];
const PUNCTUATION = ['，', '，', '，', '、', '；', '：'];

export interface SyntheticSite {
  outDir: string;
  pages: number;
}

type Random = () => number;

function word(random: Random): string {
  if (random() < 0.03) return LATIN[Math.floor(random() * LATIN.length)]!;
  if (random() < 0.03) return String(Math.floor(random() * 1000));
  return WORDS[Math.floor(WORDS.length * random() ** 2)]!;
}

function phrase(random: Random, min: number, max: number): string {
  const count = min + Math.floor(random() * (max - min + 1));
  let text = '';
  for (let i = 0; i < count; i++) {
    const next = word(random);
    // Latin words and numbers get spaces around them, as in the real guide (支付宝 APP).
    if (i > 0 && (/[A-Za-z0-9]/.test(next) || /[A-Za-z0-9]$/.test(text))) text += ' ';
    text += random() < 0.05 ? `「${next}」` : next;
  }
  return text;
}

function sentence(random: Random): string {
  const clauses = 1 + Math.floor(random() * 3);
  const parts = Array.from({ length: clauses }, () => phrase(random, 3, 9));
  return parts.map((part, i) => part + (i + 1 < clauses ? PUNCTUATION[Math.floor(random() * PUNCTUATION.length)] : '。')).join('');
}


function pageHtml(random: Random, index: number): string {
  const title = `${phrase(random, 2, 4)} ${index}`;
  const sections = 2 + Math.floor(random() * 5);
  let body = `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(sentence(random))}</p>`;
  for (let s = 1; s <= sections; s++) {
    body += `<h2 id="s-${s}">${escapeHtml(phrase(random, 2, 5))}</h2>`;
    const paragraphs = 1 + Math.floor(random() * 3);
    for (let p = 0; p < paragraphs; p++) body += `<p>${escapeHtml(sentence(random))}${escapeHtml(sentence(random))}</p>`;
    if (random() < 0.2) body += `<ul><li>${escapeHtml(sentence(random))}</li><li><strong>${escapeHtml(phrase(random, 1, 3))}</strong>${escapeHtml(sentence(random))}</li></ul>`;
  }
  if (index === 0) {
    // Markup written as text on a page must come back as text in excerpts.
    body += `<h2 id="markup">代码示例</h2><p>请不要输入 ${escapeHtml('<img src=x onerror=alert(1)>')} 或 ${escapeHtml('"><script>alert(1)</script>')} 这样的文字。</p>`;
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><nav>首页 导航 不应被索引</nav><main data-pagefind-body>${body}</main></body></html>`;
}

/** Writes `count` pages (deterministic for a seed) plus a 404 page into `outDir`. */
export function writeSyntheticSite(outDir: string, count: number, seed: number): SyntheticSite {
  const random = createRandom(seed);
  fs.rmSync(outDir, { recursive: true, force: true });
  for (let index = 0; index < count; index++) {
    const file = path.join(outDir, 'p', String(index).padStart(4, '0'), 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pageHtml(random, index));
  }
  fs.writeFileSync(path.join(outDir, '404.html'), '<!DOCTYPE html><html lang="zh-CN"><body>未找到</body></html>');
  return { outDir, pages: count };
}
