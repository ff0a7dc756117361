// HTML left in a plain-text body ("<div>Hi Jae-won,</div>", "&nbsp;"): mail pasted or forwarded from
// an HTML client. Block tags become line breaks, other tags vanish, common entities become characters,
// so sentences read the way the sender wrote them. Bounded patterns: linear on any input.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,10})\b[^<>]{0,500}>/g;
const BLOCK = /^(?:br|p|div|li|tr|h[1-6]|ul|ol|table|blockquote)$/i;
const ENTITY = /&(nbsp|amp|lt|gt|quot|apos|#39|#160);/g;
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#160': ' ',
};
// Only bodies that look like markup: an opening tag of a common element.
const LOOKS_HTML = /<(?:div|br|p|span|b|strong|a|table|td|li|font)\b[^<>]{0,500}>/i;

export function stripHtml(body: string): string {
  if (!body.includes('<') || !LOOKS_HTML.test(body)) return body;
  return body
    .replace(TAG, (_m, close: string, name: string) => (BLOCK.test(name) && (close || /^br$/i.test(name)) ? '\n' : ''))
    .replace(ENTITY, (_m, e: string) => ENTITIES[e] ?? ' ');
}
