// `corroborate` / `npm run cli -- <command>`. One-line errors, never a stack trace.
import { parseArgs, UsageError } from './args';
import { cmdAnalyze, cmdImport, cmdPairs, cmdReport } from './commands';

const USAGE = `usage: corroborate <command>
  analyze [--json] FILE...                 analyse files without touching any database
  import --db PATH [--project NAME] FILE...  import articles into a project database
  report --db PATH --format md|html|json|csv|claimreview [--project NAME] [--out FILE] [--force]
  pairs FILE.tsv                           id<TAB>same<TAB>score for id<TAB>sentence1<TAB>sentence2 lines`;

export function run(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return { code: 0, stdout: cmdAnalyze(parseArgs(rest, [], ['json'])), stderr: '' };
      case 'import':
        return cmdImport(parseArgs(rest, ['db', 'project'], []), (line) => process.stderr.write(`${line}\n`));
      case 'report':
        return { code: 0, stdout: cmdReport(parseArgs(rest, ['db', 'format', 'project', 'out'], ['force'])), stderr: '' };
      case 'pairs':
        return { code: 0, stdout: cmdPairs(parseArgs(rest, [], [])), stderr: '' };
      case undefined:
      case '--help':
      case 'help':
        return { code: command === undefined ? 2 : 0, stdout: command === undefined ? '' : `${USAGE}\n`, stderr: command === undefined ? `${USAGE}\n` : '' };
      default:
        return { code: 2, stdout: '', stderr: `corroborate: unknown command "${command}" (try --help)\n` };
    }
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { code: err instanceof UsageError ? 2 : 1, stdout: '', stderr: `corroborate ${command}: ${message}\n` };
  }
}
