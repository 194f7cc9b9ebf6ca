/**
 * Default threshold of the allowed mass (the probability an answer put on the answer labels): below it the model
 * mostly answered something other than a label. The runner counts such answers while it runs; Results leaves
 * them out of every figure unless the reader lowers the threshold.
 */
export const LOW_ALLOWED_MASS = 0.5;
