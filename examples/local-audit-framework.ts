// A framework of a service's own, as data: a local quarterly case audit with stricter bands
// than HMIP's. Used by custom-framework.ts and by the tests.
import type { Framework } from 'hmip-ratings';

export const localAuditDefinition = {
  id: 'our-quarterly-audit',
  name: 'Our quarterly case audit',
  keyQuestionBands: [
    { rating: 'Inadequate', from: 0, label: 'under 60%' },
    { rating: 'Requires improvement', from: 60, label: '60-74%' },
    { rating: 'Good', from: 75, label: '75-89%' },
    { rating: 'Outstanding', from: 90, label: '90% or more' },
  ],
  scores: { Inadequate: 0, 'Requires improvement': 1, Good: 2, Outstanding: 3 },
  overallBands: [
    { rating: 'Inadequate', from: 0, to: 1 },
    { rating: 'Requires improvement', from: 2, to: 3 },
    { rating: 'Good', from: 4, to: 5 },
    { rating: 'Outstanding', from: 6, to: 6 },
  ],
  discretion: { windowPoints: 5, smallSample: 5 },
  disposals: [{ id: 'referral-order', name: 'Referral order', kind: 'court' }],
  domains: [
    {
      id: 'A',
      name: 'Casework',
      caseKind: 'court',
      standards: [
        {
          id: 'A.1',
          name: 'Assessment',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            { id: 'A.1.1', text: 'Does assessment analyse risk to others?', prompts: [] },
            { id: 'A.1.2', text: 'Does assessment involve the family?', prompts: [] },
          ],
        },
        {
          id: 'A.2',
          name: 'Planning',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            { id: 'A.2.1', text: 'Does planning address risk to others?', prompts: [] },
          ],
        },
      ],
    },
  ],
  sources: [{ id: 'our-qa-policy', title: 'Our quality-assurance policy, 2026' }],
  gaps: [],
} as const satisfies Framework;
