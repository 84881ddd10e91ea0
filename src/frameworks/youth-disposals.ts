// The disposal types of the 2018 and 2021 youth standards, with the other names a cited source
// uses for them (a sheet reader maps these; names no source settles are never mapped).
import { CHESHIRE } from './sources.js';

export const youthDisposals = [
  {
    id: 'community-sentence',
    name: 'Community sentence',
    kind: 'court',
    aliases: [
      {
        name: 'Referral order',
        source: { ...CHESHIRE, part: 'Domain two: court disposals, 2.1 Assessment (case example)' },
        note: "Cheshire inspected a referral order among its court disposals ('The child received a 10-month referral order'); it is not a custodial sentence.",
      },
    ],
  },
  { id: 'custodial-sentence', name: 'Custodial sentence', kind: 'court' },
  { id: 'youth-conditional-caution', name: 'Youth conditional caution', kind: 'out-of-court' },
  { id: 'youth-caution', name: 'Youth caution', kind: 'out-of-court' },
  { id: 'community-resolution', name: 'Community resolution', kind: 'out-of-court' },
] as const;
