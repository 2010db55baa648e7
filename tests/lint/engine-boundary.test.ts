// The engine's stage boundary is enforced by lint: a stage may import the text layer,
// shared/types.ts and its own folder, nothing else.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'tests', 'eslint.config.js') });

async function messages(file: string, code: string): Promise<string[]> {
  const [res] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (res?.messages ?? []).filter((m) => m.ruleId === 'corroborate/engine-stage-imports').map((m) => m.message);
}

describe('engine stage boundary', () => {
  it('refuses a stage importing another stage', async () => {
    expect(await messages('shared/engine/claims/x.ts', "import { extractQuotes } from '../quotes';\nexport const f = extractQuotes;\n")).toHaveLength(1);
  });
  it('refuses the text layer importing a stage', async () => {
    expect(await messages('shared/engine/text/x.ts', "export { groupSources } from '../sources';\n")).toHaveLength(1);
  });
  it('allows the text layer, shared/types.ts and the own folder', async () => {
    const code = "import { tokenize } from '../text';\nimport type { Claim } from '../../types';\nimport { foldText } from './text';\nexport const f = [tokenize, foldText];\nexport type C = Claim;\n";
    expect(await messages('shared/engine/claims/x.ts', code)).toEqual([]);
  });
});
