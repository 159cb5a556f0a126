/**
 * Building DOM for a given document, without innerHTML. Transcript and
 * scenario text is authored by people we do not vet, so every string becomes
 * a text node; taking `document` as a parameter lets the same code run in the
 * browser, in happy-dom under Vitest, and in a print window.
 */

export type Child = Node | string | number | false | null | undefined;
export type Attrs = Record<string, string | number | boolean | undefined>;

export type ElementFactory = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]) => HTMLElementTagNameMap[K];

export function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    // An inline handler is script; refusing it keeps "text only" true even for attribute values.
    if (/^on/i.test(name)) throw new Error(`refusing inline handler attribute "${name}"`);
    if (value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function appendChildren(doc: Document, node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? doc.createTextNode(String(child)) : child);
  }
}

export function elementFactory(doc: Document): ElementFactory {
  return (tag, attrs = {}, ...children) => {
    const node = doc.createElement(tag);
    setAttrs(node, attrs);
    appendChildren(doc, node, children);
    return node;
  };
}
