// For tests: a small well-formedness check of an XML part (Node has no
// DOMParser): tags balanced with one root, attributes quoted, no stray "<" and
// only the five named or numeric entities.
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]*>|[^<]+|</g;
const ATTRIBUTES = /^(?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/;
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** What is wrong with the XML; an empty list when it is well formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  for (const [token] of xml.matchAll(TOKEN)) {
    if (token.startsWith("<!--") || token.startsWith("<?")) continue;
    if (!token.startsWith("<")) {
      if (BAD_ENTITY.test(token)) problems.push(`bad entity in text: ${token.slice(0, 40)}`);
      if (open.length === 0 && token.trim()) problems.push(`text outside the root: ${token.slice(0, 40)}`);
      continue;
    }
    const tag = /^<(\/?)([A-Za-z_][\w:.-]*)([\s\S]*?)(\/?)>$/.exec(token);
    if (!tag) {
      problems.push(`not a tag: ${token.slice(0, 40)}`);
      continue;
    }
    const [, closing, name = "", attributes = "", selfClosing] = tag;
    if (!ATTRIBUTES.test(attributes) || BAD_ENTITY.test(attributes)) problems.push(`bad attributes in <${name}>`);
    if (closing) {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? "nothing"}>`);
      continue;
    }
    if (open.length === 0) roots += 1;
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(", ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
