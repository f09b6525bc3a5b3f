// A source as a reader names it, wherever a user sees one (hover footers, the profile page, claim messages): the
// seed the profiles were made from is "GeneLens curated profile", a curator's note "GeneLens curator note"; PMIDs,
// "HGNC" and other sources as written. Shared by the client's profile page and the server's core.

const NAMES: Readonly<Record<string, string>> = {
  seed: 'GeneLens curated profile',
  curator: 'GeneLens curator note',
};

export function sourceName(source: string): string {
  const key = source.trim();
  return Object.prototype.hasOwnProperty.call(NAMES, key) ? NAMES[key]! : source;
}
