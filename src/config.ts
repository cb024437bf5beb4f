/**
 * The one place for site-wide settings. Deployment-specific values (`SITE_URL`,
 * `BASE`) come from the environment in astro.config.mjs, never from here.
 */
export const siteConfig = {
  title: '芝麻信用「先用后付」开通指南',
  shortTitle: '先用后付开通指南',
  description:
    '在支付宝 APP 里开通芝麻信用「先用后付」：它是什么、开通要满足哪些条件、7 个开通步骤，以及按时还款等注意事项。',
  lang: 'zh-CN',
  /** Open Graph locale: underscore form of `lang`. */
  ogLocale: 'zh_CN',
  /** Shown as the publisher in structured data and the footer. */
  publisher: '先用后付开通指南编辑组',
  themeColor: { light: '#ffffff', dark: '#0f172a' },
  /**
   * Words a line must never split, beyond what the phrase segmenter knows: the app's labels and the
   * guide's key terms （BudouX alone splits 先用后付 as 先 / 用 / 后付）. See src/lib/line-breaks.ts.
   */
  keepTogether: ['先用后付', '芝麻信用', '信用服务', '立即开通', '支付宝', '个人中心', '注意事项', '商家和服务'],
  /** The social-card image (public/, made by scripts/make-images.ts): og:image and structured data. */
  socialImage: { path: '/og-image.jpg', width: 1200, height: 630 },
} as const;
