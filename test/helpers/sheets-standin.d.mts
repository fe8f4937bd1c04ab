/** Types for test/helpers/sheets-standin.mjs (a stand-in for Google Sheets at its URL shapes). */
export interface StandInTab {
  name: string;
  /** The tab's displayed values as CSV text, or `rows`. */
  csv?: string;
  rows?: string[][];
  gid?: string | number;
}
export interface StandInSheet {
  tabs: StandInTab[];
  /** 'link': anyone with the link can view; 'private': Google's sign-in page. */
  access?: 'link' | 'private';
  /** The "Publish to the web" id; with `published` (default true when pubId is given). */
  pubId?: string;
  published?: boolean;
  mode?: 'ok' | 'throttle' | 'fail' | 'hang' | 'hang-body';
}
export interface SheetsStandIn {
  prefix: string;
  define(id: string, sheet: StandInSheet): void;
  sheets: Map<string, unknown>;
  requests: Array<{ method: string; path: string; query: string }>;
  middleware(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
  handle(req: unknown, res: unknown): Promise<void>;
  fetch: typeof globalThis.fetch;
}
export declare const SIGN_IN_PAGE: string;
export declare const NOT_FOUND_PAGE: string;
export declare function csvOf(rows: string[][], quoteAll?: boolean): string;
export declare function createSheetsStandIn(options?: { prefix?: string }): SheetsStandIn;
export declare const sheetsStandIn: SheetsStandIn;
export default sheetsStandIn;
