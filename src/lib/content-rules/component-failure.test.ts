import { expect, test } from 'vitest';
import { componentFailure } from './component-failure';
import { formatProblem } from './problem';

test('a render error is named at the use, then the component’s reason', () => {
  const error = new Error('No phone-screen schematic for step 9: src/lib/companion/step-screens.ts draws steps 1–7.');
  const use = { file: 'src/content/guide/steps.mdx', line: 64, component: 'StepCompanion', module: 'src/components/companion/StepCompanion.astro' };
  expect(formatProblem(componentFailure(use, error))).toBe(
    'src/content/guide/steps.mdx:64: <StepCompanion> failed while the page was built: No phone-screen schematic for step 9: src/lib/companion/step-screens.ts draws steps 1–7.\n' +
      '    Fix: change this use of <StepCompanion> as the reason says (the component is src/components/companion/StepCompanion.astro).',
  );
});

test('a thrown value that is not an Error, over several lines, with no module known', () => {
  expect(componentFailure({ file: 'a.mdx', line: 3, component: 'X' }, 'bad\n  value')).toEqual({ file: 'a.mdx', line: 3, what: '<X> failed while the page was built: bad value', fix: 'change this use of <X> as the reason says.' });
});
