import type { Conversion } from '../convert/problems.js';
import type { Input, StoryFields } from './build.js';
import type { UiLang } from './strings.js';

/** What the page asks its reader (src/studio/worker.ts): convert these inputs. */
export interface ConvertRequest {
  id: number;
  inputs: Input[];
  story: StoryFields;
  lang: UiLang;
  /** The message for a file no converter reads, in the page's language. */
  unknown: string;
}

/** The reader's answer: the conversion, and the dataset's CSV tabs when it is valid. `ready` once, when it has started. */
export interface ConvertReply {
  id: number;
  ready?: boolean;
  result?: Conversion;
  tabs?: Record<string, string>;
}
