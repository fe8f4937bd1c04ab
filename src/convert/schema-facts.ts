import schema from '../../data/schema.json' with { type: 'json' };

/**
 * What the converters need to know of data/schema.json — which fields an object must have, how
 * long a text may be, what a language code looks like — read from it, not copied by hand.
 */

interface Def {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Def>;
  anyOf?: Def[];
  maxLength?: number;
  pattern?: string;
}

const ROOT = schema as unknown as Def & { $defs: Record<string, Def> };
const resolve = (d: Def): Def => (d.$ref ? ROOT.$defs[d.$ref.slice('#/$defs/'.length)] : d);
const definition = (name: string): Def => {
  const d = name === 'Dataset' ? ROOT : ROOT.$defs[name];
  if (!d) throw new Error(`data/schema.json has no definition "${name}"`);
  return d;
};

/** The fields an object must have: requiredFields('Event') → ["id", "date", "title", "kind", "sources"]. */
export const requiredFields = (name: string): string[] => definition(name).required ?? [];

/** The longest a string field may be: maxLengthOf('Event', 'title') → 300 (its text, in any language). */
export function maxLengthOf(name: string, field: string): number {
  const d = resolve(definition(name).properties?.[field] ?? {});
  const max = d.maxLength ?? d.anyOf?.find((a) => a.type === 'string')?.maxLength;
  if (max === undefined) throw new Error(`data/schema.json: ${name}.${field} has no maxLength`);
  return max;
}

/** A language suffix as the schema's LanguageCode allows: "en", "es", "pt-BR". */
export const LANGUAGE_CODE = new RegExp(definition('LanguageCode').pattern!);

/** The longest id the schema's Id pattern allows ("^[a-z0-9][a-z0-9-]{0,63}$" → 64). */
export const ID_MAX_LENGTH = (() => {
  const m = /\{0,(\d+)\}\$$/.exec(definition('Id').pattern ?? '');
  if (!m) throw new Error('data/schema.json: the Id pattern no longer ends in {0,N}$; say here how long an id may be');
  return Number(m[1]) + 1;
})();
