/** Real bounding boxes of every rendered text run inside an element's shadow root(s). */
export interface TextBox {
  text: string;
  rect: DOMRect;
  el: Element;
}

/** The nearest ancestor (in the same tree) that scrolls or clips its content sideways. */
function scrollFrame(el: Element): Element | undefined {
  for (let n = el.parentElement; n; n = n.parentElement) {
    const x = n.ownerDocument.defaultView!.getComputedStyle(n).overflowX;
    if (x === 'auto' || x === 'scroll' || x === 'hidden') return n;
  }
  return undefined;
}

function* textNodes(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) yield n as Text;
    if (n instanceof Element && n.shadowRoot) yield* textNodes(n.shadowRoot);
  }
}

/** True for text inside a visually-hidden box (1 px, clipped): there for screen readers only. */
function visuallyHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const r = n.getBoundingClientRect();
    const cs = n.ownerDocument.defaultView!.getComputedStyle(n);
    if (cs.clipPath === 'inset(50%)' || (r.width <= 1 && r.height <= 1 && cs.overflow === 'hidden')) return true;
  }
  return false;
}

/** One box per visible line of each text node (a wrapped text node yields several). */
export function textBoxes(root: Element): TextBox[] {
  const boxes: TextBox[] = [];
  for (const node of textNodes(root.shadowRoot ?? root)) {
    const el = node.parentElement!;
    if (el.ownerDocument.defaultView!.getComputedStyle(el).visibility === 'hidden' || visuallyHidden(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects())
      if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ text: node.textContent!.trim(), rect, el });
  }
  return boxes;
}

/** Pairs of text boxes that overlap by more than a hair (anti-aliasing slack of 0.5 px). */
export function overlappingText(root: Element): string[] {
  const boxes = textBoxes(root);
  const found: string[] = [];
  const slack = 0.5;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].rect;
      const b = boxes[j].rect;
      if (a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom) {
        found.push(`"${boxes[i].text}" × "${boxes[j].text}"`);
      }
    }
  }
  return found;
}

/**
 * Text that sticks out past the element's edges (what would cause sideways page scrolling). Text
 * inside a frame that scrolls or clips sideways (a wide table's own scroll frame) is judged by that
 * frame's box: scrolled out of view is not overflow, sticking out of the frame is.
 */
export function overflowingText(root: Element): string[] {
  const edge = root.getBoundingClientRect();
  return textBoxes(root)
    .filter((b) => {
      const frame = scrollFrame(b.el)?.getBoundingClientRect();
      if (!frame) return b.rect.right > edge.right + 1 || b.rect.left < edge.left - 1;
      // Scrolled out of its frame's view: not on screen. Otherwise the frame is what must fit.
      if (b.rect.right <= frame.left || b.rect.left >= frame.right) return false;
      return frame.right > edge.right + 1 || frame.left < edge.left - 1;
    })
    .map(
      (b) => `"${b.text}" (${Math.round(b.rect.left)}–${Math.round(b.rect.right)} vs ${Math.round(edge.left)}–${Math.round(edge.right)})`,
    );
}
