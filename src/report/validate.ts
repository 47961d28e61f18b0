// Validates a report against docs/report.schema.json (the contract) with ajv.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';

// ajv-formats is CommonJS; typed through its default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** docs/report.schema.json, found from src/report (tsx) or dist/src/report (compiled). */
export function reportSchemaPath(): string {
  for (const rel of ['../../docs/report.schema.json', '../../../docs/report.schema.json']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('docs/report.schema.json not found next to the package');
}

export type ValidationResult = { valid: true } | { valid: false; errors: string[] };
export type ReportValidator = (report: unknown) => ValidationResult;

/** Compiles the schema once; call the returned function for each report. */
export function createReportValidator(): ReportValidator {
  const schema = JSON.parse(readFileSync(reportSchemaPath(), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (report) => {
    if (validate(report)) return { valid: true };
    const errors = (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return { valid: false, errors };
  };
}
