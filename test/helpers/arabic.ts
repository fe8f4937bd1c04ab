import type { Dataset } from '../../src/data/types.js';
import overlay from '../fixtures/chicago-ar.json' with { type: 'json' };

type Overlay = typeof overlay;
/** A text field with its Arabic added (the field's type is kept: English stays required). */
const add = <T extends string | { en: string } | undefined>(text: T, ar: string | undefined): T =>
  (ar === undefined ? text : typeof text === 'string' ? { en: text, ar } : { ...(text as object), ar }) as T;

/** The bundled story with Arabic text beside its English and Spanish (test/fixtures/chicago-ar.json). */
export function withArabic(d: Dataset): Dataset {
  const o: Overlay = overlay;
  const events = o.events as Record<string, { title: string; summary?: string }>;
  const actors = o.actors as Record<string, { name: string; role: string }>;
  const issues = o.issues as Record<string, { label: string; description: string }>;
  const groups = o.groups as Record<string, string>;
  return {
    ...d,
    title: add(d.title, o.title),
    summary: add(d.summary, o.summary),
    notes: d.notes?.map((n, i) => ({ ...n, text: add(n.text, o.notes[i]) })),
    groups: d.groups?.map((g) => ({ ...g, label: add(g.label, groups[g.id]) })),
    events: d.events.map((e) => ({ ...e, title: add(e.title, events[e.id]?.title), summary: add(e.summary, events[e.id]?.summary) })),
    actors: d.actors.map((a) => ({ ...a, name: add(a.name, actors[a.id]?.name), role: add(a.role, actors[a.id]?.role) })),
    issues: d.issues.map((i) => ({
      ...i,
      label: add(i.label, issues[i.id]?.label),
      description: add(i.description, issues[i.id]?.description),
    })),
  };
}
