// Golden files: the fixture rendered in every format, byte for byte.
// Regenerate after an intended change with UPDATE_GOLDEN=1 and review the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../shared/api/types';
import { renderReport } from '../../shared/report';
import { fixtureInput } from './fixture';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('report golden files (fixture project)', () => {
  for (const format of REPORT_FORMATS) {
    it(`${format} matches its golden file`, () => {
      const out = renderReport(fixtureInput(), format);
      expect(out.filename.startsWith('dunmore-flood-march-report.')).toBe(true);
      const file = `${GOLDEN_DIR}${out.filename}`;
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, out.content, 'utf8');
      }
      expect(existsSync(file), `missing golden ${file}; run with UPDATE_GOLDEN=1 once and review it`).toBe(true);
      // Compare as strings so a failure shows a readable diff.
      expect(out.content).toBe(readFileSync(file, 'utf8'));
    });
  }
});
