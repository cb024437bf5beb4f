import fs from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtHtmlFiles } from '../../src/integrations/link-check';
import { build } from '../support/site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies markup onto long lines and writes attributes as given; these are style rules, not validity.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    // Astro's MDX (JSX) renderer writes void elements self-closed (`<wbr/>` in headings); both forms are valid HTML.
    'void-style': 'off',
    // role="list" on styled lists is deliberate: Safari drops list semantics under `list-style: none`.
    'no-redundant-role': 'off',
  },
});

test.each(builtHtmlFiles(build('root').outDir))('%s is valid HTML', async (_sitePath, file) => {
  const report = await validator.validateString(fs.readFileSync(file, 'utf8'), file);
  const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(problems).toEqual([]);
});
