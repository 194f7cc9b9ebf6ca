import { describe, expect, it } from 'vitest';
import { GUIDE_DISMISSED_KEY, guideWanted, rememberGuide } from './guideMemory';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
    values,
  };
}

const refusing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('first-visit guide memory', () => {
  it('shows the guide until it is dismissed, and again once forgotten', () => {
    const storage = memoryStorage();
    expect(guideWanted(storage)).toBe(true);
    rememberGuide(storage, true);
    expect(storage.values.get(GUIDE_DISMISSED_KEY)).toBe('1');
    expect(guideWanted(storage)).toBe(false);
    rememberGuide(storage, false);
    expect(guideWanted(storage)).toBe(true);
  });

  it('shows the guide when storage is missing or refuses, and never throws', () => {
    expect(guideWanted(null)).toBe(true);
    expect(guideWanted(refusing)).toBe(true);
    expect(() => rememberGuide(refusing, true)).not.toThrow();
  });
});
