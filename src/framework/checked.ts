// The frameworks defineFramework has checked. A framework is deeply frozen when it is checked, so
// it cannot change afterwards and a repeat check would be waste. Kept apart from defineFramework
// (which needs zod) so the small rules can ask without pulling in the schemas.
const checked = new WeakSet<object>();

/** Records a deeply frozen, checked framework. */
export function markChecked(framework: object): void {
  checked.add(framework);
}

/** Whether a framework has passed `defineFramework`'s checks. */
export function isCheckedFramework(framework: object): boolean {
  return checked.has(framework);
}
