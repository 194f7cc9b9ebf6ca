import { describe, expect, it } from 'vitest';
import { UnanswerableItemError } from '../engines/baselines/createBaselineEngine';
import { ZeroLabelMassError } from '../engines/scoring/normalizeLabelMasses';
import { skippableErrorKind } from './skippableError';

describe('skippableErrorKind', () => {
  it('recognises the two no-answer errors, thrown or as worker strings', () => {
    expect(skippableErrorKind(new UnanswerableItemError('x'))).toBe('UnanswerableItemError');
    expect(skippableErrorKind(new ZeroLabelMassError('x'))).toBe('ZeroLabelMassError');
    expect(skippableErrorKind('ZeroLabelMassError: The model gave no probability')).toBe('ZeroLabelMassError');
  });

  it('treats everything else as an engine failure', () => {
    expect(skippableErrorKind(new Error('ZeroLabelMassError'))).toBeNull();
    expect(skippableErrorKind('DeviceLost: GPU device lost')).toBeNull();
    expect(skippableErrorKind(undefined)).toBeNull();
    expect(skippableErrorKind(null)).toBeNull();
    expect(skippableErrorKind('')).toBeNull();
  });
});
