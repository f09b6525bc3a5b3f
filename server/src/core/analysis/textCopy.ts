// A copy of a piece of a document that shares no storage with it. V8 makes a slice of a long string a view on the
// whole string (a SlicedString keeps its parent alive), and the analysis hands slices to parts that keep the last text
// they read (the matcher's recognizers, the claims' sentence cache) or the texts of mentions (kept in the mention pool
// after the document is gone): one such slice of a closed 10 MB document kept all 20 MB of it alive. Found with a heap
// snapshot after close (`npm run bench`, rss_after_close_mb).

/**
 * `text` as a string of its own: a concatenation, flattened by the slice that follows (String::Flatten copies it), and
 * sliced again from that copy. Linear in the slice, a few microseconds per kilobyte.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
