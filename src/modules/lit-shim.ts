/**
 * What an on-demand module (dist/modules/*.js) needs of Lit, without a second copy of Lit: its
 * templates are rendered by the core's lit-html, which recognises a template result by its
 * `_$litType$` brand and `nothing` by its registered symbol, whichever copy made them (lit-html's
 * own production `html` and `svg` are exactly these). The embed build resolves `lit` to this file
 * for modules only (rollup.config.mjs); it is checked against Lit's own in test/modules/lit-shim.test.ts.
 */
import type { TemplateResult } from 'lit';

const tag =
  (type: 1 | 2) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult =>
    ({ ['_$litType$']: type, strings, values }) as unknown as TemplateResult;

export const html = tag(1);
export const svg = tag(2);
export const nothing: unique symbol = Symbol.for('lit-nothing') as never;
/** Styles belong to the core's elements; a module's `css` is never adopted. */
export const css = (): undefined => undefined;
export const isServer = false;
export type { TemplateResult };
