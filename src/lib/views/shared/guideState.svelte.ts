import { guideWanted, rememberGuide } from './guideMemory';

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading localStorage itself throws where the browser blocks site data.
    return null;
  }
}

/** Whether the first-visit guide is open; shared by the guide and the footer link that reopens it. */
class GuideState {
  open = $state(guideWanted(browserStorage()));

  dismiss(): void {
    this.open = false;
    rememberGuide(browserStorage(), true);
  }

  reopen(): void {
    this.open = true;
    rememberGuide(browserStorage(), false);
  }
}

export const guide = new GuideState();
