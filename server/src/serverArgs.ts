// Command line of dist/server.js: a transport (handled by vscode-languageserver), or --version / --help.

export type ServerArgs =
  | { action: 'serve' }
  | { action: 'print'; text: string; stream: 'stdout' | 'stderr'; exitCode: number };

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

export function usage(version: string): string {
  return [
    `GeneLens language server ${version}`,
    '',
    'Usage: node dist/server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME [--clientProcessId=PID]',
    '       node dist/server.js --version | --help',
    '',
    'Speaks the Language Server Protocol: hover cards, go to definition into the profile data, and diagnostics',
    'for claims (codes claim-contradicted, claim-unsupported, claim-overstated, profile-invalid) in Markdown,',
    'plain text and LaTeX. initializationOptions: { dataDir?: string, trusted?: boolean, settings?: object }.',
    'Settings are read with workspace/configuration, section "genelens".',
    '',
  ].join('\n');
}

export function parseServerArgs(argv: readonly string[], version: string): ServerArgs {
  if (argv.includes('--version') || argv.includes('-v')) {
    return { action: 'print', text: `${version}\n`, stream: 'stdout', exitCode: 0 };
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    return { action: 'print', text: usage(version), stream: 'stdout', exitCode: 0 };
  }
  const hasTransport = argv.some((a) => TRANSPORTS.some((t) => (t.endsWith('=') ? a.startsWith(t) : a === t)));
  if (!hasTransport) {
    return { action: 'print', text: `No transport given.\n\n${usage(version)}`, stream: 'stderr', exitCode: 2 };
  }
  return { action: 'serve' };
}
