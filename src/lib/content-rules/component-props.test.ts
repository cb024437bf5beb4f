import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { componentContract } from './component-contract';
import { checkComponentProps, type ContractOf } from './component-props';
import { parseSource, type SourceFile } from './source';
import { section } from './fixtures';

const IMPORTS = [
  "import Callout from '../../components/content/Callout.astro';",
  "import Steps from '../../components/content/Steps.astro';",
  "import StepCompanion from '../../components/companion/StepCompanion.astro';",
].join('\n');
const file = 'src/content/guide/a.mdx';
/** Resolved as the build resolves them: relative to the section file. */
const contractOf: ContractOf = (specifier, sectionFile) => {
  const component = path.join(path.dirname(sectionFile), specifier);
  return { file: component, contract: componentContract(fs.readFileSync(component, 'utf8'))! };
};
const check = (body: string) => checkComponentProps(parseSource(file, section('published: 2024-08-19', `${IMPORTS}\n\n${body}`)) as SourceFile, contractOf);
const USE_LINE = 13;

test.each([
  ['<Callout tone="info">注意</Callout>'],
  ['<Callout tone={"warning"}>\n\n## 标题 { #a }\n\n</Callout>'],
  ['<Callout tone={tone}>动态的值不在这里检查</Callout>'],
  ['<Callout {...props}>展开的属性</Callout>'],
  ['<Steps>\n\n## 第 1 步 { #step-1 }\n\n<StepCompanion step={1} />\n\n</Steps>'],
  ['<StepCompanion step={9} />'],
  ['<Callout tone="info" slot="aside" client:visible>注意</Callout>'],
  ['<StepCompanion step={1}></StepCompanion>'],
  ['<Unknown x="1" />'],
])('fine: %j', (body) => expect(check(body)).toEqual([]));

test.each([
  ['<Callout>注意</Callout>', '<Callout> needs the prop tone ("danger", "warning" or "info"), and this use does not give it.', 'add it, e.g. <Callout tone="danger"> (its props are declared in src/components/content/Callout.astro).'],
  ['<Callout tone="note">注意</Callout>', '<Callout tone="note">: tone must be "danger", "warning" or "info".', 'write e.g. tone="danger"'],
  ['<Callout tone="info" tones="x">注意</Callout>', '<Callout> has no prop "tones"; the component would ignore it.', 'did you mean tone?'],
  ['<StepCompanion step="3" />', '<StepCompanion step="3">: step must be a number.', 'write e.g. step={1}'],
  ['<StepCompanion />', '<StepCompanion> needs the prop step (a number)', 'e.g. <StepCompanion step={1}>'],
  ['<Steps start={2}>\n</Steps>', '<Steps> has no prop "start"', 'remove it; <Steps> takes no props'],
  ['<StepCompanion step={1}>\n  打开支付宝\n</StepCompanion>', '<StepCompanion> shows no content (it has no <slot />)', 'close it at once'],
])('stops: %j', (body, what, fix) => {
  const [problem, ...more] = check(body);
  expect(more).toEqual([]);
  expect(problem).toMatchObject({ file, line: USE_LINE });
  expect(problem!.what).toContain(what);
  expect(problem!.fix).toContain(fix);
});
