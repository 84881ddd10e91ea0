// Rating parameters common to the 2018 and 2021 youth standards (Cheshire 2021, Annexe 1).

export const youthKeyQuestionBands = [
  {
    rating: 'Inadequate',
    from: 0,
    label: 'Minority: less than 50% of inspected cases judged sufficient on the key question',
  },
  {
    rating: 'Requires improvement',
    from: 50,
    label: 'Too few: only 50-64% of inspected cases judged to be sufficient',
  },
  { rating: 'Good', from: 65, label: 'Reasonable majority: 65-79% of cases' },
  { rating: 'Outstanding', from: 80, label: 'Large majority: 80% or more of cases' },
] as const;

export const youthScores = {
  Inadequate: 0,
  'Requires improvement': 1,
  Good: 2,
  Outstanding: 3,
} as const;

export const youthOverallBands = [
  { rating: 'Inadequate', from: 0, to: 6 },
  { rating: 'Requires improvement', from: 7, to: 18 },
  { rating: 'Good', from: 19, to: 30 },
  { rating: 'Outstanding', from: 31, to: 36 },
] as const;

export const youthDiscretion = { windowPoints: 5, smallSample: 5 } as const;
