// Writes JSON Schema files for tools that are not TypeScript (spreadsheet add-ins, form builders),
// generated from the library's zod schemas. Run with `npm run schemas`; a test checks they match.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { auditTrendSchema } from 'hmip-ratings/trend';
import { caseRecordsSchema, caseTallySchema } from 'hmip-ratings/cases';
import { frameworkSchema, inspectionEvidenceSchema, inspectionRatingSchema } from 'hmip-ratings';
import { marginsSchema } from 'hmip-ratings/margins';

export const schemaFiles = {
  'inspection-evidence.schema.json': {
    schema: inspectionEvidenceSchema,
    title: 'HMIP inspection evidence (hmip-ratings)',
    io: 'input',
  },
  'case-records.schema.json': {
    schema: caseRecordsSchema,
    title: 'HMIP case-audit records (hmip-ratings)',
    io: 'input',
  },
  'framework.schema.json': {
    schema: frameworkSchema,
    title: 'An inspection framework (hmip-ratings)',
    io: 'input',
  },
  'inspection-rating.schema.json': {
    schema: inspectionRatingSchema,
    title: 'The rating of an inspection (hmip-ratings)',
    io: 'output',
  },
  'case-tally.schema.json': {
    schema: caseTallySchema,
    title: 'The tally of a case audit (hmip-ratings)',
    io: 'output',
  },
  'margins.schema.json': {
    schema: marginsSchema,
    title: 'What would change each rating (hmip-ratings)',
    io: 'output',
  },
  'audit-trend.schema.json': {
    schema: auditTrendSchema,
    title: 'A trend of several audits of one service (hmip-ratings)',
    io: 'output',
  },
} as const;

export function schemaJson(name: keyof typeof schemaFiles): string {
  const { schema, title, io } = schemaFiles[name];
  return `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io }) }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('packages/hmip-ratings/schemas', { recursive: true });
  for (const name of Object.keys(schemaFiles) as (keyof typeof schemaFiles)[])
    writeFileSync(`packages/hmip-ratings/schemas/${name}`, schemaJson(name));
}
