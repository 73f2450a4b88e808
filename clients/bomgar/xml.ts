import { SaxesParser, type SaxesTagPlain } from 'saxes';

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

/** An element being read: its name without prefix, what it holds so far, its text. */
interface OpenElement {
  name: string;
  element: XmlElement;
  text: string;
  /** Attributes or child elements: it cannot be a bare string. */
  structured: boolean;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function opened(tag: SaxesTagPlain): OpenElement {
  const element: XmlElement = {};
  let structured = false;
  for (const name in tag.attributes) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    element[`@${localName(name)}`] = tag.attributes[name];
    structured = true;
  }
  return { name: localName(tag.name), element, text: '', structured };
}

function closed(open: OpenElement): XmlValue {
  const text = open.text.trim();
  if (!open.structured) return text;
  if (text !== '') open.element['#text'] = text;
  return open.element;
}

function addChild(parent: OpenElement, name: string, value: XmlValue): void {
  parent.structured = true;
  const existing = parent.element[name];
  if (existing === undefined) parent.element[name] = REPEATED.has(name) ? [value] : value;
  else if (Array.isArray(existing)) existing.push(value);
  else parent.element[name] = [existing, value];
}

/**
 * The document's root element name and content, read in one strict pass (saxes checks
 * well-formedness as it goes, so there is no separate validation pass over a large report);
 * throws on text that is not well-formed XML with one root.
 *
 * Namespace-agnostic: prefixes are stripped and `xmlns` is never looked at, so a site printing
 * the old `bomgar.com` namespaces and one printing `beyondtrust.com` read the same. Values stay
 * strings (ids and keys must not become numbers); text is trimmed; the declaration, comments and
 * processing instructions are skipped.
 */
export function parseXmlDocument(text: string): { root: string; element: XmlElement } {
  // No error handler: saxes throws at the first well-formedness error ("1:10: unexpected close tag.").
  const parser = new SaxesParser();
  const stack: OpenElement[] = [];
  let root: { name: string; value: XmlValue } | undefined;
  const addText = (chunk: string): void => {
    const open = stack.at(-1);
    if (open) open.text += chunk;
  };
  parser.on('opentag', (tag) => stack.push(opened(tag)));
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const open = stack.pop()!;
    const value = closed(open);
    const parent = stack.at(-1);
    if (parent) addChild(parent, open.name, value);
    else root = { name: open.name, value };
  });
  parser.write(text).close();
  if (!root) throw new SyntaxError('not an XML document with one root element');
  return { root: root.name, element: asElement(root.value) };
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

/** The first child named `name` as parsed (a bare string for a text-only element), or undefined. */
function firstChild(parent: XmlElement | undefined, name: string): XmlValue | undefined {
  const value = parent?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The first child element named `name`, or undefined. */
export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  const value = firstChild(parent, name);
  return value === undefined ? undefined : asElement(value);
}

/** The text of an element (or of its child `name`); '' when empty or absent. */
export function textOf(element: XmlElement | undefined, name?: string): string {
  const target = name === undefined ? element : firstChild(element, name);
  if (typeof target === 'string') return target;
  const value = target?.['#text'];
  return typeof value === 'string' ? value : '';
}

export function attr(element: XmlElement | undefined, name: string): string {
  const value = element?.[`@${name}`];
  return typeof value === 'string' ? value : '';
}
