import { expect, test } from 'vitest';
import { checkMdxBody } from './mdx-rules';
import { parseSource, type SourceFile } from './source';
import { section } from './fixtures';

const check = (body: string) => checkMdxBody(parseSource('a.mdx', section('published: 2024-08-19', body)) as SourceFile);
const BODY_LINE = 9;

test.each([
  ['正文,没有问题。'],
  ["import Steps from '../../components/content/Steps.astro';\n\n<Steps>\n1. 打开\n</Steps>"],
  ['## 标题 { #step-1 }'],
  ['写成 `{ #id }` 的代码不算。'],
  ['```js\nconst a = { b: 1 };\n<Foo style="x" />\n```'],
  ['显示一个 \\{ 花括号。'],
  ["import Callout from '../../components/content/Callout.astro';\n\n<Callout tone={'info'}>注意</Callout>"],
])('fine: %j', (body) => expect(check(body)).toEqual([]));

test.each([
  ['<Unknown />', 0, 'import Unknown from'],
  ['\n\n正文 <Aside>注意</Aside>', 2, '<Aside> is not a known component'],
  ['价格是 {price} 元。', 0, 'write `\\{` to show a brace'],
  ['## 标题 {x} 后面 { #id }', 0, 'MDX runs what follows as JavaScript'],
  ['<span style="color: red">红字</span>', 0, 'inline `style` attribute'],
  ['<div style={{ color: "red" }}>红字</div>', 0, 'inline `style` attribute'],
  ['<style>p { color: red }</style>', 0, 'a <style> element'],
])('fails: %j at body line %i', (body, line, message) => {
  const problems = check(body);
  expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
  expect(problems[0]!.line).toBe(BODY_LINE + line);
  expect(`${problems[0]!.what} ${problems[0]!.fix}`).toContain(message);
});
