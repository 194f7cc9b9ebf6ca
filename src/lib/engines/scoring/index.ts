export { normalizeLabelMasses, ZeroLabelMassError, type LabelScores } from './normalizeLabelMasses';
export { scoreFromFullVector, type VectorKind } from './scoreFromFullVector';
export { scoreFromTopLogprobs, labelOfToken, type TopLogprob } from './scoreFromTopLogprobs';
export { scoreFromSamples, parseAnswerLabel } from './scoreFromSamples';
export { toOptionOrder } from './toOptionOrder';
