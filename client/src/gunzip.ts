// Text of a gzip-compressed file, decompressed with the platform's DecompressionStream (browsers, web workers and
// Node 18+ have it): the web extension reads data/lexicon/gene-functions.tsv.gz through vscode.workspace.fs and hands
// the server its text. Pure: no vscode, no Node built-ins.

export async function gunzipText(bytes: Uint8Array): Promise<string> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // A broken file fails the reading side too: the error is reported there, once.
  const written = writer.write(bytes).then(() => writer.close()).catch(() => undefined);
  const reader = stream.readable.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await written;
  return text + decoder.decode();
}
