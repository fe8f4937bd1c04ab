import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM (`el.style.setProperty`), never through the `style`
 * attribute: a strict Content-Security-Policy (style-src without 'unsafe-inline') blocks style
 * attributes, and Lit's styleMap writes one on first render. Use in element position:
 * `<li ${cssom({ left: '10px' })}>`.
 */
class CssomStyle extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssom() goes in element position: <div ${cssom({...})}>');
  }

  render(_styles: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const cssom = directive(CssomStyle);
