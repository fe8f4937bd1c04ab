// The spreadsheet tabs of a dataset, in the order the command line, the studio and the blank
// template write them (README "Spreadsheets"). Written out here, not imported from src/, so the
// tests check the order users get rather than restate it. Plain JavaScript: the browser tests and
// the Node tests import the same file.

/** The tab files, in order. */
export const CSV_TABS = ['events.csv', 'actors.csv', 'issues.csv', 'stances.csv', 'sources.csv', 'groups.csv', 'dataset.csv', 'notes.csv'];
