import { expect, test } from 'vitest';
import { qrFile, qrSrc } from './qr-files';

test.each([
  ['/', undefined, 'qr/index.svg', 'qr/index.svg'],
  ['/steps/', undefined, 'qr/steps.svg', 'qr/steps.svg'],
  ['/steps/', 'step-5', 'qr/steps.svg', 'qr/steps.svg#step-5'],
  ['steps', 'step-5', 'qr/steps.svg', 'qr/steps.svg#step-5'],
  ['/guide/', '年龄', 'qr/guide.svg', 'qr/guide.svg#%E5%B9%B4%E9%BE%84'],
])('qrFile(%j) and qrSrc(%j, %j)', (page, id, file, src) => {
  expect(qrFile(page)).toBe(file);
  expect(qrSrc(page, id)).toBe(src);
});
