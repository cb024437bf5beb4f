import { expect, test } from 'vitest';
import { attribute, importedComponents, mdxTags } from './mdx-tags';
import { parseSource, type SourceFile } from './source';
import { section } from './fixtures';

const parsed = (body: string) => parseSource('a.mdx', section('published: 2024-08-19', body)) as SourceFile;
const BODY_LINE = 9;

test('tags with their literal attributes and lines, across lines, outside code', () => {
  const tags = mdxTags(parsed('<StepCompanion step={9} />\n\n<img\n  src="/a.png"\n  alt=\'图\' loading={"lazy"} hidden width={-2.5} data={x > 1 ? 1 : 2} />\n\n`<b>` and\n\n```\n<i>\n```'));
  expect(tags.map((tag) => [tag.name, tag.line, tag.selfClosing])).toEqual([
    ['StepCompanion', BODY_LINE, true],
    ['img', BODY_LINE + 2, true],
  ]);
  expect(tags[1]!.attributes).toEqual([
    { name: 'src', value: '/a.png' },
    { name: 'alt', value: '图' },
    { name: 'loading', value: 'lazy' },
    { name: 'hidden', value: true },
    { name: 'width', value: -2.5 },
    { name: 'data', value: undefined },
  ]);
  expect(attribute(tags[0]!, 'step')).toBe(9);
});

test('a spread, an expression and a tag that never closes', () => {
  const [callout, video] = mdxTags(parsed('<Callout {...props} tone={"info"}>\n\n<video src={`/${name}.mp4`}>\n\n正文 <a'));
  expect(callout).toMatchObject({ spread: true, selfClosing: false, attributes: [{ name: 'tone', value: 'info' }] });
  expect(video!.attributes).toEqual([{ name: 'src', value: undefined }]);
  expect(mdxTags(parsed('正文 <a'))).toEqual([]);
});

test('importedComponents maps each bound name to its module', () => {
  expect([...importedComponents(parsed("import Steps from '../../components/content/Steps.astro';\nimport { A, B as C } from \"./x.ts\";"))]).toEqual([
    ['Steps', '../../components/content/Steps.astro'],
    ['A', './x.ts'],
    ['C', './x.ts'],
  ]);
});
