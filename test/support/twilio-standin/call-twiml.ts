/**
 * Reads the TwiML the gateway answers with, as Twilio's voice engine would: a small XML reader for
 * TwiML documents (elements, attributes, text, the five entities and numeric references). Enough for
 * `<Response>` documents; it refuses anything it does not understand instead of guessing.
 */

export interface TwimlNode {
  name: string;
  attrs: Record<string, string>;
  children: TwimlNode[];
  /** Text directly inside the element (entities decoded, trimmed). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const known = ENTITIES[entity];
    if (known === undefined) throw new Error(`unknown entity ${whole} in TwiML`);
    return known;
  });
}

const TOKEN =
  /<\?[^>]*\?>|<!--[\s\S]*?-->|<\/([A-Za-z]+)\s*>|<([A-Za-z]+)((?:\s+[A-Za-z:]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([A-Za-z:]+)="([^"]*)"/g;

/** Parse a TwiML document into its `<Response>` element. Throws on malformed input. */
export function parseTwiml(xml: string): TwimlNode {
  const root: TwimlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: TwimlNode[] = [root];
  let consumed = 0;
  for (const match of xml.matchAll(TOKEN)) {
    if (match.index !== consumed)
      throw new Error(`unreadable TwiML at ${consumed}: ${xml.slice(consumed, consumed + 40)}`);
    consumed = match.index + match[0].length;
    const [, closing, opening, attributes, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (!top) throw new Error('TwiML has more closing tags than opening ones');
    if (text !== undefined) {
      top.text = `${top.text}${decode(text)}`;
    } else if (closing !== undefined) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}> in TwiML`);
      top.text = top.text.trim();
      stack.pop();
    } else if (opening !== undefined) {
      const attrs: Record<string, string> = {};
      for (const [, name, value] of (attributes ?? '').matchAll(ATTRIBUTE)) {
        if (name !== undefined) attrs[name] = decode(value ?? '');
      }
      const node: TwimlNode = { name: opening, attrs, children: [], text: '' };
      top.children.push(node);
      if (selfClosing !== '/') stack.push(node);
    }
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error('TwiML document is incomplete');
  const response = root.children[0];
  if (response?.name !== 'Response' || root.children.length !== 1) {
    throw new Error('a TwiML document has exactly one <Response> element');
  }
  return response;
}

/** Every `<Say>` text of a document, in reading order (inside `<Gather>` too). */
export function spokenTexts(node: TwimlNode): string[] {
  return node.children.flatMap((child) => (child.name === 'Say' ? [child.text] : spokenTexts(child)));
}
