// The reports the youth frameworks' texts and rules are taken from (in ../shared/seeds).

export const CHESHIRE = {
  id: 'cheshire-2021',
  title: 'Inspection of Cheshire youth justice service, HMIP, December 2021 (fieldwork July 2021)',
} as const;
/** The rating rules (bands, scores, overall bands, discretion) are stated in Cheshire's Annexe 1. */
export const CHESHIRE_RULES = {
  ...CHESHIRE,
  part: 'Annexe 1: Methodology (rating rules)',
} as const;
export const CUMBERLAND = {
  id: 'cumberland-2024',
  title: 'Inspection of youth justice services in Cumberland, HMIP, October 2024',
} as const;
export const WALTHAM_FOREST = {
  id: 'waltham-forest-2024',
  title: 'Inspection of youth justice services in Waltham Forest, HMIP, May 2024',
} as const;
