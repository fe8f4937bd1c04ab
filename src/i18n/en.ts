/**
 * The interface's own words in English: the reference every other language file follows (its
 * type, `Strings`, is what TypeScript checks each translation against: no key missing, none extra).
 * Data text (titles, quotes…) is not here: it comes from the dataset, in as many languages as it has.
 */
const en = {
  loading: 'Loading…',
  errorTitle: 'This explainer could not be shown',
  retry: 'Try again',
  errorNetwork: (url: string) => `The data at ${url} could not be reached.`,
  errorHttp: (url: string, status: number) => `The data at ${url} answered with HTTP ${status}.`,
  errorTimeout: (url: string, s: number) => `The data at ${url} did not arrive within ${s} seconds.`,
  /** `where` is a URL, `inlineScript` or `dataProperty`. */
  errorJson: (where: string, detail: string) => `The data from ${where} is not valid JSON: ${detail}`,
  errorInvalid: (where: string, n: number) =>
    `The data from ${where} has ${n} problem${n === 1 ? '' : 's'}; details are in the browser console.`,
  errorModule: (file: string) => `A part of this explainer (${file}) could not be loaded, so the data could not be checked.`,
  unavailable: 'This part of the explainer could not be loaded. Try again later.',
  errorOrigin: (url: string) => `This page does not show data from ${url}.`,
  errorUrl: (url: string) => `“${url}” is not an http(s) address.`,
  inlineScript: 'the inline script',
  dataProperty: 'the data property',
  asOf: (date: string) => `As of ${date}`,
  expected: 'Expected',
  sources: 'Sources',
  /** Beside a source's link, the link to its copy in a web archive. */
  archived: 'archived copy',
  source: 'Source',
  actorsInvolved: 'Who took part',
  notes: { clarification: 'Clarification', correction: 'Correction', update: 'Update' },
  close: 'Close',
  timelineLabel: 'Timeline',
  position: { support: 'Supports', oppose: 'Opposes', mixed: 'Mixed', unknown: 'No stated position' },
  basis: { 'own-words': 'In their own words', action: 'By their actions', reported: 'As reported' },
  basisShort: { 'own-words': 'Own words', action: 'Action', reported: 'Reported' },
  history: 'Earlier positions',
  earlier: (n: number) => `${n} earlier`,
  noStance: 'Our sources record no stated position.',
  basisLegend: { 'own-words': 'a direct quote', action: 'voted, sponsored or signed', reported: 'someone else says so' },
  translation: 'Translation',
  /** What follows a label such as “Clarification” or “Translation”. */
  colon: ':',
  matrixCaption: 'Where they stand',
  actor: 'Who',
  getData: 'Get the data',
  eventsCsv: 'Events (CSV)',
  stancesCsv: 'Positions (CSV)',
  /** The header's stamp: what moment the story describes; `checked` only when the facts were checked after it. */
  describes: (asOf: string, checked?: string) => `Describes the situation as of ${asOf}${checked ? ` (facts checked ${checked})` : ''}`,
  howWeGotHere: 'How we got here',
  whoStandsWhere: 'Who stands where',
  viewingAsOf: (date: string, title: string) => `Positions as of ${date} (${title}).`,
  viewingExpected: (title: string) => `${title}: not yet happened; showing the latest positions.`,
  backToLatest: 'Show latest',
  clusterTitle: (n: number) => `${n} events`,
  zoomIn: 'Show them',
  zoomedTo: (period: string) => `Showing ${period}.`,
  zoomOut: 'Whole timeline',
  stretched: 'Shaded: crowded years, drawn at a larger scale.',
  /** Deep links (`deep-link`): the button in the event's details and the cell's dialog, and what it says once done. */
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
};

/** Every language file has exactly these keys; `dir: 'rtl'` lays the elements out right to left. */
export type Strings = typeof en & { dir?: 'rtl' };
export default en as Strings;
