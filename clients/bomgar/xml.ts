import { XMLParser } from 'fast-xml-parser';

/** A parsed XML element: attributes as `@name`, text as `#text` (or a bare string for text-only elements). */
export type XmlValue = string | XmlElement;
export interface XmlElement {
  [key: string]: XmlValue | XmlValue[] | undefined;
}

/** Elements that repeat in Bomgar documents; always parsed as arrays so one item and many look alike. */
const REPEATED = new Set([
  'rep',
  'support_team',
  'representative',
  'session',
  'session_summary',
  'customer',
  'event',
  'value',
  'custom_attribute',
  'exit_survey',
  'question',
  'answer',
  'cust_exit_survey',
  'rep_exit_survey',
]);

/**
 * Namespace-agnostic: prefixes are stripped and `xmlns` is never looked at, so a site printing
 * the old `bomgar.com` namespaces and one printing `beyondtrust.com` read the same. Values stay
 * strings (ids and keys must not become numbers).
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  isArray: (name) => REPEATED.has(name),
});

/** The document's root element name and content; throws when the text is not XML with one root. */
export function parseXmlDocument(text: string): { root: string; element: XmlElement } {
  const parsed = parser.parse(text, true) as Record<string, XmlValue | XmlValue[]>;
  const roots = Object.keys(parsed).filter((key) => !key.startsWith('?') && !key.startsWith('@'));
  if (roots.length !== 1) throw new SyntaxError('not an XML document with one root element');
  const root = roots[0]!;
  const value = parsed[root]!;
  const single = Array.isArray(value) ? value[0]! : value;
  return { root, element: asElement(single) };
}

/** A text-only element (`<a>x</a>` → 'x') as an element `{ '#text': 'x' }`. */
export function asElement(value: XmlValue | undefined): XmlElement {
  if (value === undefined) return {};
  return typeof value === 'string' ? { '#text': value } : value;
}

/** The child elements named `name` (none → []). */
export function children(parent: XmlElement | undefined, name: string): XmlElement[] {
  const value = parent?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(asElement);
}

/** The first child element named `name`, or undefined. */
export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(parent, name)[0];
}

/** The text of an element (or of its child `name`); '' when empty or absent. */
export function textOf(element: XmlElement | undefined, name?: string): string {
  const target = name === undefined ? element : child(element, name);
  const value = target?.['#text'];
  return typeof value === 'string' ? value : '';
}

export function attr(element: XmlElement | undefined, name: string): string {
  const value = element?.[`@${name}`];
  return typeof value === 'string' ? value : '';
}
