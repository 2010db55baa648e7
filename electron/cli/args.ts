// Minimal, strict argument parsing for the CLI: known flags only, clear errors.
export class UsageError extends Error {}

export interface Parsed {
  flags: Map<string, string | true>;
  positional: string[];
}

export function parseArgs(argv: readonly string[], valueFlags: readonly string[], boolFlags: readonly string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (boolFlags.includes(name)) flags.set(name, true);
    else if (valueFlags.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { flags, positional };
}
