/** The tab files of a dataset, in the order they are written (test/helpers/csv-tabs.js). */
export declare const CSV_TABS: string[];
