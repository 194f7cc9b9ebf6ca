import { describe, expect, it } from 'vitest';
import { VersionWatch } from './VersionWatch';

describe('VersionWatch', () => {
  it('says nothing while every version is the run’s own or unknown', () => {
    const watch = new VersionWatch('fp-1');
    watch.saw('fp-1');
    watch.saw(undefined);
    expect(watch.warning).toBeNull();
  });

  it('names the latest other version and the run’s own', () => {
    const watch = new VersionWatch('fp-1');
    watch.saw('fp-2');
    watch.saw('fp-1');
    watch.saw('fp-3');
    expect(watch.warning).toBe(
      'The server now reports version "fp-3"; this run started with "fp-1". Answers from here on come from the new ' +
        'version (each answer records the version it came from); compare with care.',
    );
  });
});
