/** The one data model every element shares: types, validation, loading, dates and languages. */
export * from './types.js';
export { validate, type Problem, type Validation } from './validate.js';
export { bundledDataset, checkDataset, fetchDataset, parseDataset, resolveSrc, describeForConsole, FETCH_TIMEOUT_MS } from './load.js';
export type { LoadError, LoadResult, Origin } from './load.js';
export { formatDate, formatDateRange, parseDate, isRealDate, startOf, endOf, compareDates, type Precision } from './dates.js';
export {
  localize,
  strings,
  uiLang,
  inheritedLang,
  addLanguage,
  languages,
  dateLocale,
  LANGUAGES,
  type Lang,
  type Strings,
} from './i18n.js';
export { quoteFragment, sourceHref, textDirective, isWebUrl, quoteSourceId } from './text-fragment.js';
