/* Generated from data/schema.json by scripts/gen-types.mjs. Do not edit: run `npm run gen:types`. */

/**
 * an id: lowercase letters, digits and dashes, such as "lopez" or "vote-2025"
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * a short text: a string, or an object of languages with at least English, such as {"en": "…", "es": "…"}
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "ShortText".
 */
export type ShortText =
  | string
  | {
      /**
       * the English text (every language object needs it)
       */
      en: string;
      [k: string]: string;
    };
/**
 * a text: a string, or an object of languages with at least English, such as {"en": "…", "es": "…"}
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "LongText".
 */
export type LongText =
  | string
  | {
      /**
       * the English text (every language object needs it)
       */
      en: string;
      [k: string]: string;
    };
/**
 * a web address starting with http:// or https://
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Url".
 */
export type Url = string;
/**
 * a date at its precision: a year "1985", a month "2022-08" or a day "2017-01-25"
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "PartialDate".
 */
export type PartialDate = string;
/**
 * @maxItems 500
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "IdList".
 */
export type IdList = Id[];
/**
 * @maxItems 50
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Notes".
 */
export type Notes = Note[];
/**
 * a language code such as "en" or "es"
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "LanguageCode".
 */
export type LanguageCode = string;

/**
 * A policy-explainer dataset: how a policy came to be (events) and who stands where (actors × issues → stances), with sources for every claim.
 */
export interface Dataset {
  $schema?: string;
  id: Id;
  title: ShortText;
  summary?: LongText;
  /**
   * The date the facts are current to; events after it are drawn as expected.
   */
  asOf: string;
  /**
   * When the facts were last checked against the sources; the widget shows it only when it is after asOf.
   */
  updated: string;
  /**
   * @minItems 1
   * @maxItems 2000
   */
  sources: [Source, ...Source[]];
  /**
   * @maxItems 200
   */
  groups?: Group[];
  /**
   * a list of events (it may be empty when the story is a stance matrix alone, with actors and issues)
   *
   * @maxItems 10000
   */
  events: Event[];
  /**
   * @maxItems 1000
   */
  actors: Actor[];
  /**
   * @maxItems 50
   */
  issues: Issue[];
  /**
   * @maxItems 50000
   */
  stances: Stance[];
  notes?: Notes;
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  id: Id;
  label: ShortText;
  url?: Url;
  /**
   * a web address starting with http:// or https://
   */
  archived?: string;
  publisher?: string;
  date?: PartialDate;
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Group".
 */
export interface Group {
  id: Id;
  label: ShortText;
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Event".
 */
export interface Event {
  id: Id;
  date: PartialDate;
  /**
   * a date at its precision: a year "1985", a month "2022-08" or a day "2017-01-25"
   */
  end?: string;
  title: ShortText;
  summary?: LongText;
  kind: 'policy' | 'ruling' | 'vote' | 'statement' | 'event';
  actors?: IdList;
  /**
   * @minItems 1
   * @maxItems 50
   */
  sources: [Id, ...Id[]];
  notes?: Notes;
}
/**
 * a clarification or correction shown visibly with the item it belongs to
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Note".
 */
export interface Note {
  kind: 'clarification' | 'correction' | 'update';
  date?: PartialDate;
  text: LongText;
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Actor".
 */
export interface Actor {
  id: Id;
  name: ShortText;
  role: ShortText;
  group: Id;
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Issue".
 */
export interface Issue {
  id: Id;
  label: ShortText;
  /**
   * a short text: a string, or an object of languages with at least English, such as {"en": "…", "es": "…"}
   */
  short?:
    | string
    | {
        /**
         * the English text (every language object needs it)
         */
        en: string;
        [k: string]: string;
      };
  description?: LongText;
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "Stance".
 */
export interface Stance {
  actor: Id;
  issue: Id;
  position: 'support' | 'oppose' | 'mixed' | 'unknown';
  /**
   * how we know: own-words (a direct quote), action (sponsored, signed, voted) or reported (someone else says so)
   */
  basis: 'own-words' | 'action' | 'reported';
  date: PartialDate;
  /**
   * Verbatim, in the speaker's language. Only on own-words stances.
   */
  quote?: string;
  quoteLang?: LanguageCode;
  /**
   * a short text: a string, or an object of languages with at least English, such as {"en": "…", "es": "…"}
   */
  quoteBy?:
    | string
    | {
        /**
         * the English text (every language object needs it)
         */
        en: string;
        [k: string]: string;
      };
  /**
   * a text: a string, or an object of languages with at least English, such as {"en": "…", "es": "…"}
   */
  quoteTranslation?:
    | string
    | {
        /**
         * the English text (every language object needs it)
         */
        en: string;
        [k: string]: string;
      };
  /**
   * an id: lowercase letters, digits and dashes, such as "lopez" or "vote-2025"
   */
  quoteSource?: string;
  summary?: LongText;
  sources?: IdList;
  notes?: Notes;
}
