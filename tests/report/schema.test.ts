// The JSON report validates against the published schema, and the schema is
// strict enough to catch a wrong shape.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { renderReport, REPORT_SCHEMA_VERSION } from '../../shared/report';
import type { ReportInput } from '../../shared/report/input';
import { fixtureInput } from './fixture';

const schemaPath = fileURLToPath(new URL('../../shared/report/report.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $id: string; properties: { schemaVersion: { const: string } } };

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(schema);
}

function emptyProject(): ReportInput {
  return { ...fixtureInput(), articles: [], sourceGroups: [], clusters: [], quotes: [], entities: [] };
}

describe('report.schema.json', () => {
  it('carries the same version as the renderer', () => {
    expect(schema.properties.schemaVersion.const).toBe(REPORT_SCHEMA_VERSION);
    expect(schema.$id.endsWith(REPORT_SCHEMA_VERSION)).toBe(true);
  });

  it('accepts the fixture report and an empty project', () => {
    const validate = validator();
    for (const input of [fixtureInput(), emptyProject()]) {
      const data: unknown = JSON.parse(renderReport(input, 'json').content);
      const ok = validate(data);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects a report with an invented verdict or a missing field', () => {
    const validate = validator();
    const data = JSON.parse(renderReport(fixtureInput(), 'json').content) as { clusters: Array<Record<string, unknown>>; summary?: unknown };
    const first = data.clusters[0];
    if (!first) throw new Error('fixture has clusters');
    first.reviewerVerdict = 'true';
    expect(validate(data)).toBe(false);
    first.reviewerVerdict = 'contradicted';
    expect(validate(data)).toBe(true);
    delete data.summary;
    expect(validate(data)).toBe(false);
  });
});
