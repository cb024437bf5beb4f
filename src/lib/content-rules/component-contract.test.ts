import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { admits, componentContract } from './component-contract';

const astro = (script: string, template = '<div />') => `---\n${script}\n---\n${template}\n`;

describe('componentContract', () => {
  test('the guide’s Callout: one required prop of three values, and a slot', () => {
    const contract = componentContract(fs.readFileSync('src/components/content/Callout.astro', 'utf8'))!;
    expect([...contract.props.keys()]).toEqual(['tone']);
    expect(contract.props.get('tone')).toMatchObject({ required: true, type: "'danger' | 'warning' | 'info'", accepts: { literals: ['danger', 'warning', 'info'] } });
    expect(contract).toMatchObject({ open: false, takesContent: true });
  });

  test('StepCompanion takes a number and no content; Steps takes no props and content', () => {
    expect(componentContract(fs.readFileSync('src/components/companion/StepCompanion.astro', 'utf8'))).toMatchObject({ takesContent: false, props: new Map([['step', expect.objectContaining({ required: true, type: 'number' })]]) });
    expect(componentContract(fs.readFileSync('src/components/content/Steps.astro', 'utf8'))).toMatchObject({ props: new Map(), takesContent: true });
  });

  test('optional props, unions with undefined, negative and boolean literals, types any value may have', () => {
    const contract = componentContract(astro("interface Props {\n  /** x */ size?: 'a' | 'b';\n  level: -1 | 0 | 1 | undefined;\n  on: boolean;\n  frame: PageFrame;\n  'data-x': string;\n}\nconst p = Astro.props;"))!;
    expect([...contract.props].map(([name, prop]) => [name, prop.required, prop.accepts ? [...prop.accepts.kinds, ...prop.accepts.literals] : 'any'])).toEqual([
      ['size', false, ['a', 'b']],
      ['level', false, [-1, 0, 1]],
      ['on', true, ['boolean']],
      ['frame', true, 'any'],
      ['data-x', true, ['string']],
    ]);
  });

  test('type Props = {…}; extends makes it open; Astro.props without Props has no contract', () => {
    expect(componentContract(astro('type Props = { n: number };'))?.props.get('n')?.type).toBe('number');
    expect(componentContract(astro("interface Props extends HTMLAttributes<'div'> { n: number }"))?.open).toBe(true);
    expect(componentContract(astro('const { a } = Astro.props;'))).toBeNull();
    expect(componentContract('<p>只有模板</p>')).toMatchObject({ props: new Map(), takesContent: false });
  });
});

test.each([
  ["'a' | 'b'", 'a', true],
  ["'a' | 'b'", 'c', false],
  ['number', 9, true],
  ['number', '9', false],
  ['boolean', true, true],
  ['PageFrame', 'x', true],
])('a %s prop admits %j: %s', (type, value, expected) => {
  const prop = componentContract(astro(`interface Props { p: ${type} }`))!.props.get('p')!;
  expect(admits(prop, value)).toBe(expected);
});
