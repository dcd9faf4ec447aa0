// The only way the page creates elements: text goes in through
// `textContent`, never markup, so a title like `<img onerror=…>` stays text.

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (set via setAttribute) and text or element children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    // `style` and `on*` attributes are refused: CSP forbids inline styles and handlers, and data must never become code.
    if (k === 'style' || k.startsWith('on')) throw new Error(`refusing attribute ${k}`);
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children: strings become text nodes. */
export function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Creates an SVG element (attributes only; SVG gets no user text except through `textContent`). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Formats 0..1 as a whole percentage. */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Formats a number without float noise (13.100000001 → 13.1). */
export function num(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
