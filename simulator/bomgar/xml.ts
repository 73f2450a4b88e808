import type { VendorReply } from '../core/reply.js';

/** A tiny XML writer: the simulator prints the appliance's documents; it never parses XML. */
export type XmlNode = string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** `<name a="1">children</name>`; attributes with undefined values are left out; no children → self-closing. */
export function el(name: string, attributes: Record<string, string | number | undefined> = {}, ...children: (XmlNode | undefined | null | false)[]): XmlNode {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const inner = children.filter((child): child is string => typeof child === 'string').join('');
  return inner === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** An element holding text (escaped); empty text is an empty element. */
export function text(name: string, value: string | number | null | undefined, attributes: Record<string, string | number | undefined> = {}): XmlNode {
  return el(name, attributes, value === null || value === undefined ? '' : escapeXml(String(value)));
}

export const XML_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** A whole document: declaration, then the root with the API's namespace. */
export function xmlDocument(root: XmlNode, status = 200): VendorReply {
  return { status, headers: { 'Content-Type': XML_CONTENT_TYPE }, body: `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n` };
}

/** Puts `xmlns` on a root element written by `el`. */
export function withNamespace(root: XmlNode, namespace: string): XmlNode {
  return root.replace(/^<([\w:-]+)/, `<$1 xmlns="${namespace}"`);
}
