/** Registers a custom element unless that tag is already taken, so loading a script twice is harmless. */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
