/**
 * Building DOM without innerHTML. Scenario text is authored by people we do
 * not vet, so every string becomes a text node; attributes are set one by one
 * and inline event handlers (`on…`) are refused outright, so "text only" holds
 * for attribute values too.
 */

export type Child = Node | string | number | false | null | undefined;
export type Attrs = Record<string, string | number | boolean | undefined>;

export type ElementFactory = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]) => HTMLElementTagNameMap[K];

export function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`refusing inline handler attribute "${name}"`);
    if (value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Text becomes text nodes of the node's own document, so the same code builds into a page, a print window or happy-dom. */
export function append(node: Node, ...children: Child[]): void {
  const doc = node.ownerDocument ?? (node as Document);
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? doc.createTextNode(String(child)) : child);
  }
}

function build<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Attrs, children: readonly Child[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

/** Elements of a given document: the printed report is built for whichever document prints it. */
export function elementFactory(doc: Document): ElementFactory {
  return (tag, attrs = {}, ...children) => build(doc, tag, attrs, children);
}

/** Elements of the page's own document. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return build(document, tag, attrs, children);
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

let counter = 0;
/** Ids for aria-labelledby and friends, unique within the page. */
export const uid = (prefix: string): string => `${prefix}-${++counter}`;

export function button(label: string, onClick: (event: MouseEvent) => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A view mounted into the overlay; `dispose` removes its listeners. */
export interface View {
  root: HTMLElement;
  dispose(): void;
}
