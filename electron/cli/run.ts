// Entry point of the CLI process (npm run cli, the corroborate bin).
import { run } from './main';

const result = run(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
