// Apply professional discretion through a hook that stands in for the ratings panel. The library
// never moves a rating by itself: it computes the triggers, and the hook decides.
import { rateInspection, type DiscretionHook } from 'hmip-ratings';
import { walthamForest2024 } from 'hmip-ratings/published';

// A panel policy for a what-if: consider raising a standard only when one more "yes" on its lowest
// key question would lift it, and every other key question is already in a higher band.
const panel: DiscretionHook = ({
  standard,
  ruleRating,
  lowest,
  keyQuestions,
  triggers,
  adjacent,
}) => {
  const oneMore = triggers.oneCase.changes.some(
    (c) => c.keyQuestion === lowest.keyQuestion && c.change === 1,
  );
  const othersHigher = keyQuestions.every((k) => k === lowest || k.band !== ruleRating);
  console.log(
    `${standard.id}: rule ${ruleRating}, lowest ${lowest.keyQuestion} ${lowest.percent}%, triggers ${triggers.anyFired ? 'fired' : 'not fired'}`,
  );
  return oneMore && othersHigher && adjacent.higher
    ? { rating: adjacent.higher, reason: 'one case from the boundary, other key questions higher' }
    : undefined;
};

const result = rateInspection(walthamForest2024, { discretion: panel });
for (const s of result.standards.filter((x) => x.discretion)) console.log(s.explanation);
console.log(
  `Score ${result.score}/${result.maximum} (published: 11/36), overall ${result.overall}`,
);
