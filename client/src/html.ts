// HTML escaping for the profile page: every data string goes through escapeHtml before it reaches the markup, in
// text and in attribute values alike.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
