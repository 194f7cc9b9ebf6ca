/**
 * Watches which version of the engine answers come from. A server update (Ollama, vLLM) changes the version the
 * engine reports while answers still fit the run, so a version other than the run's is a warning, not a reason
 * to stop; each answer records its own version.
 */
export class VersionWatch {
  #latest: string | null = null;

  constructor(private readonly runVersion: string) {}

  /** A version an answer (or the loaded engine) came from; undefined when the source did not say. */
  saw(version: string | undefined): void {
    if (version !== undefined && version !== this.runVersion) this.#latest = version;
  }

  /** What the user should know, or null while every answer came from the run's own version. */
  get warning(): string | null {
    if (this.#latest === null) return null;
    return (
      `The server now reports version "${this.#latest}"; this run started with "${this.runVersion}". Answers from ` +
      'here on come from the new version (each answer records the version it came from); compare with care.'
    );
  }
}
