import type { Page } from '@playwright/test';

export interface DrilldownPick {
  /** The label the picker starts with in the Results "Per question" section: 'Question' or 'Country'. */
  picker: 'Question' | 'Country';
  value: string;
  /** How the distribution comparison's caption starts once the pick is shown. */
  caption: string;
}

/**
 * Picks a question or country in Results the way a person does (a change event on the select) and returns the
 * milliseconds, measured in the page with performance marks, until the distribution comparison shows the pick.
 */
export async function measureDrilldown(page: Page, pick: DrilldownPick): Promise<number> {
  return page.evaluate(
    ({ picker, value, caption }) =>
      new Promise<number>((resolve, reject) => {
        const section = document.querySelector('section[aria-labelledby="by-question-title"]');
        const label = Array.from(section?.querySelectorAll('label') ?? []).find((candidate) =>
          candidate.textContent?.trim().startsWith(picker),
        );
        const select = label?.querySelector('select');
        if (!section || !select) return reject(new Error(`no ${picker} picker`));
        const shown = () =>
          section.querySelector('[data-distribution-comparison] caption')?.textContent?.startsWith(caption) ?? false;
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          performance.mark('drilldown-shown');
          resolve(performance.measure('drilldown', 'drilldown-picked', 'drilldown-shown').duration);
        });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${picker} ${value}: the caption never started with "${caption}"`));
        }, 10_000);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        performance.mark('drilldown-picked');
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    pick,
  );
}

/** Counts the workers the page starts; call before the first navigation. */
export async function countStartedWorkers(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { startedWorkers: number };
    counted.startedWorkers = 0;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        counted.startedWorkers += 1;
      }
    };
  });
  return () => page.evaluate(() => (window as unknown as { startedWorkers: number }).startedWorkers);
}
