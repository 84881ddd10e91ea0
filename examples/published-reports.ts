// Rates the three published inspections the library holds and prints their ratings tables as the
// reports show them. Run with `npm run demo`.
import { publishedInspections } from 'hmip-ratings/published';
import { rateInspection, ratingsTable } from 'hmip-ratings';

for (const { evidence, published } of publishedInspections) {
  const result = rateInspection(evidence);
  console.log(ratingsTable(result));
  const same = result.score === published.score && result.overall === published.overall;
  console.log(
    `Published: Score ${published.score}/${published.maximum}, ${published.overall} (${same ? 'reproduced' : 'DIFFERS'})\n`,
  );
}
