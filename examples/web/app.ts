// The page: draw a sample, rate an audit, moderate two audits, compare audits over time. It uses
// the packages' own builds (bundled by scripts/build-web.mjs): the rules are never copied here.
// Rating a CSV audit is the first load; the other steps' code, the workbook reader, Observable
// Plot and exceljs are each fetched only when first needed.
import * as rate from './rate.js';

rate.setUp();

/**
 * A step whose code is fetched when the user comes near it (a pointer over it, focus in it), so
 * the first load stays small. An action taken before its code has arrived (a click, a file
 * chosen or dropped, a form sent) is held and done again once it has: nothing the user does is lost.
 */
function lazyStep(id: string, load: () => Promise<{ setUp(): void }>): void {
  const step = document.getElementById(id) as HTMLElement;
  let ready = false;
  let loading: Promise<void> | undefined;
  const start = () =>
    (loading ??= load().then((m) => {
      m.setUp();
      ready = true;
    }));
  step.addEventListener('pointerover', () => void start(), { once: true });
  step.addEventListener('focusin', () => void start(), { once: true });
  const held = (e: Event, replay: () => void) => {
    e.preventDefault();
    e.stopImmediatePropagation();
    void start().then(replay);
  };
  step.addEventListener(
    'click',
    (e) => {
      const button = (e.target as HTMLElement).closest('button');
      if (!ready && button && button.type === 'button') held(e, () => button.click());
    },
    true,
  );
  step.addEventListener(
    'submit',
    (e) => {
      const form = e.target as HTMLFormElement;
      if (!ready) held(e, () => form.requestSubmit());
    },
    true,
  );
  step.addEventListener(
    'change',
    (e) => {
      const input = e.target as HTMLElement;
      if (!ready) held(e, () => input.dispatchEvent(new Event('change')));
    },
    true,
  );
  // A file dropped before the code arrives is chosen in its box once it has.
  step.addEventListener('dragover', (e) => void (!ready && e.preventDefault()), true);
  step.addEventListener(
    'drop',
    (e) => {
      const input = (e.target as HTMLElement)
        .closest('.drop')
        ?.querySelector<HTMLInputElement>('input[type=file]');
      const files = e.dataTransfer?.files;
      if (ready || !input || !files) return;
      held(e, () => {
        input.files = files;
        input.dispatchEvent(new Event('change'));
      });
    },
    true,
  );
}

lazyStep('sample', () => import('./sample.js'));
lazyStep('moderate', () => import('./moderate.js'));
lazyStep('trend', () => import('./trend.js'));
