// Entry point of the CLI process (npm run cli, the corroborate bin).
import { run } from './main';
import { emit } from './output';

process.exitCode = emit(run(process.argv.slice(2)));
