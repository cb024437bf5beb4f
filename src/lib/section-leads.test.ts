import { expect, test } from 'vitest';
import { plainInline, sectionLeads } from './section-leads';

const body = `
import Steps from '../../components/content/Steps.astro';

开场白，不属于任何步骤。

<Steps>

## 第 1 步：打开支付宝 APP { #step-1 }

在手机上找到**支付宝 APP** 的图标，
点击打开。

第二段不算。

## 第 2 步：进入「我的」页面 { #step-2 }

<Callout>

## 没有正文的标题 { #no-text }

</Steps>

## 第 3 步：看[开通条件](/eligibility/) { #step-3 }
先确认[开通条件](/eligibility/)，再用 \`代码\`。
`;

test('each heading id maps to its first paragraph, as plain text', () => {
  expect(Object.fromEntries(sectionLeads(body))).toEqual({
    'step-1': '在手机上找到支付宝 APP 的图标，点击打开。',
    'step-3': '先确认开通条件，再用 代码。',
  });
});

test.each([
  ['**粗体**和*强调*', '粗体和强调'],
  ['[链接文字](/steps/#step-1)之后', '链接文字之后'],
  ['  多个   空白 ', '多个 空白'],
])('plainInline(%j) = %j', (markdown, text) => {
  expect(plainInline(markdown)).toBe(text);
});
