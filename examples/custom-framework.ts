// Define a framework of your own as data, here a local audit tool with stricter bands, and rate
// with the same rules.
import { defineFramework, rateInspection, ratingsTable } from 'hmip-ratings';
import { localAuditDefinition } from './local-audit-framework.js';

const localAudit = defineFramework(localAuditDefinition);

const result = rateInspection(
  {
    framework: 'our-quarterly-audit',
    service: 'Our quarterly audit, Q3',
    standards: {
      'A.1': { keyQuestions: { 'A.1.1': { yes: 14, of: 20 }, 'A.1.2': { yes: 19, of: 20 } } },
      'A.2': { keyQuestions: { 'A.2.1': { yes: 18, of: 20 } } },
    },
  },
  { framework: localAudit },
);
console.log(ratingsTable(result));
console.log(result.byStandard['A.1']?.explanation);
