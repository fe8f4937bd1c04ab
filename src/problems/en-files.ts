import type { CodeWords, FileCode } from './codes.js';
import { mb } from './en-place.js';

/** Files refused before they are read (intake.ts), in English. */

const READ_BY = 'a story is read from CSV tabs, a dataset JSON or a TimelineJS3 file';

export const EN_FILES: CodeWords<FileCode> = {
  'file-too-large': (p) =>
    `is ${mb(p.bytes)}, more than the ${mb(p.max)} a story file can be: is it the right file? Split a spreadsheet into its tabs`,
  'file-binary': (p) =>
    ({
      zip: 'is a zip archive or a spreadsheet workbook (.xlsx, .ods, .numbers): export each tab as CSV (File › Download › CSV, or Save As › CSV UTF-8), or copy the cells and paste them here',
      xls: 'is an old Excel workbook (.xls): save each tab as CSV UTF-8, or copy the cells and paste them here',
      pdf: `is a PDF: ${READ_BY}`,
      png: `is an image (PNG): ${READ_BY}`,
      jpeg: `is an image (JPEG): ${READ_BY}`,
      gif: `is an image (GIF): ${READ_BY}`,
      gzip: 'is compressed (gzip): uncompress it first',
    })[p.format],
  'file-utf16': () => 'is UTF-16 text (Excel’s "Unicode Text"): save it as CSV UTF-8 instead',
  'file-nul': () => `is not a text file (it has NUL bytes): ${READ_BY}`,
};
