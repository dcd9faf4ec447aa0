// The `okr` command line over the same engine as the editor.
import { UsageError, type CliIO } from './cli/io';
import { runLint } from './cli/lint';
import { runFix } from './cli/fix';
import { runTree } from './cli/tree';
import pkg from '../../package.json';

const HELP = `okr ${pkg.version} — lint, fix and visualise OKRs kept as code (*.okr.yaml)

Usage:
  okr lint [paths…] [--format stylish|json|sarif] [--max-warnings N] [--config FILE]
  okr fix  [paths…] [--config FILE]
  okr tree [paths…] [--format html|json|mermaid] [-o FILE] [--cycle YYYY-Qn] [--as-of YYYY-MM-DD] [--config FILE]

Paths are files or folders (default: the current folder). References resolve
across every OKR file under the given folders and the current folder.
'tree' writes the alignment tree: html is one self-contained page, json the
graph, mermaid a flowchart; --cycle keeps one cycle, --as-of sets the day the
off-track pace is judged on (default: today).
Exit codes: 0 clean, 1 lint failures, 2 usage or I/O error.
Rules and settings: https://github.com/okr-lens/okr-lens/blob/main/docs/rules/README.md
`;

/** Runs one CLI invocation; returns the exit code. Never throws for user mistakes. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return runLint(rest, io, pkg.version);
      case 'fix':
        return runFix(rest, io);
      case 'tree':
        return await runTree(rest, io);
      case '--version': case '-v':
        io.stdout(`${pkg.version}\n`);
        return 0;
      case undefined: case 'help': case '--help': case '-h':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'; try 'okr --help'`);
    }
  } catch (err) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags.
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (err instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`okr: ${(err as Error).message}\n`);
      return 2;
    }
    io.stderr(`okr: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return 2;
  }
}

if (require.main === module) {
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
