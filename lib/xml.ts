/**
 * The one XML writer of the site (RSS, Atom, the sitemaps): every text and attribute value goes
 * through `escapeXml`, so no title, description or body can end an element early, open a CDATA
 * section or hold a character XML forbids, and every document parses.
 */
type XmlNode = { name: string; attributes: Record<string, string | undefined>; children: (XmlNode | string)[] };

/** `<name attributes>children</name>`; undefined attributes and children are left out. */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  ...children: (XmlNode | string | undefined)[]
): XmlNode {
  return { name, attributes, children: children.filter((child) => child !== undefined) };
}

/** Text-only elements on one line, the others indented. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialize(root, '')}\n`;
}

function serialize(node: XmlNode, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) return `${open}/>`;
  if (node.children.every((child) => typeof child === 'string')) {
    return `${open}>${node.children.map(escapeXml).join('')}</${node.name}>`;
  }
  const inner = node.children.map((child) =>
    typeof child === 'string' ? indent + '  ' + escapeXml(child) : serialize(child, indent + '  '),
  );
  return `${open}>\n${inner.join('\n')}\n${indent}</${node.name}>`;
}

const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** What XML 1.0 does not allow in a document: C0 controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF. */
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Text as character data or an attribute value. Content never holds a forbidden character (it is refused); anything else would, as U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => MARKUP[character]!).replace(FORBIDDEN, '\uFFFD');
}
