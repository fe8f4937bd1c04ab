import { ID_MAX_LENGTH } from './schema-facts.js';

/** Values a converter makes up when its input has none, and says so. */

/** Today in UTC as YYYY-MM-DD (the dataset's dates are calendar dates). */
export const today = () => new Date().toISOString().slice(0, 10);

/** An id from a title, as the schema's Id allows: "Chicago’s Welcoming City" → "chicagos-welcoming-city". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, ID_MAX_LENGTH)
      .replace(/-+$/, '') || 'story'
  );
}
