import { expect, test } from 'vitest';
import { qrFile } from './qr-files';

test.each([
  ['/', undefined, 'qr/index.svg'],
  ['/steps/', undefined, 'qr/steps.svg'],
  ['/steps/', 'step-5', 'qr/steps/step-5.svg'],
  ['steps', 'step-5', 'qr/steps/step-5.svg'],
  ['/guide/', 'age', 'qr/guide/age.svg'],
])('qrFile(%j, %j) = %j', (page, id, expected) => {
  expect(qrFile(page, id)).toBe(expected);
});
