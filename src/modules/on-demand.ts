/** Where the embed publishes its language registry for its on-demand modules (src/modules/i18n-bridge.ts). */
export const I18N_KEY = Symbol.for('policy-explainer.i18n');

/** Runs `task` when the browser is idle (after a short wait where it cannot say). */
export function idle(task: () => void): void {
  if (typeof requestIdleCallback == 'function') requestIdleCallback(task, { timeout: 4000 });
  else setTimeout(task, 200);
}

/**
 * A module the first render does not need, loaded once per page when first asked for. Its value is
 * there synchronously once loaded (`value`), so an element can render with it in the same update;
 * a failed load is remembered (`failed`) and logged, and the feature that needed it says so in
 * place. Loading never throws into the page: `load()` resolves to undefined on failure.
 */
export class OnDemand<T> {
  value?: T;
  failed?: unknown;
  private promise?: Promise<T | undefined>;

  constructor(
    /** The file name readers see in the console when it fails (`modules/validate.js`). */
    readonly name: string,
    private readonly importer: () => Promise<T>,
  ) {}

  /** Starts loading (once); resolves to the module, or undefined when it cannot be loaded. */
  load(): Promise<T | undefined> {
    return (this.promise ??= this.importer().then(
      (m) => (this.value = m),
      (e: unknown) => {
        // Remembered for this page, but a later load() (a retry button) tries again.
        this.failed = e;
        this.promise = undefined;
        console.error(
          `policy-explainer: ${this.name} could not be loaded, so the part of the explainer that needs it is off: ${String(e)}`,
        );
        return undefined;
      },
    ));
  }

  /**
   * What a feature waiting for it should wait on: the load (started once) while it is neither here
   * nor failed, else undefined. It never asks again after a failure: a hover, a deep link or an
   * opened cell must not fetch and log it anew. `load()` does ask again (the data's retry button, a
   * download, another language's story call it).
   */
  need(): Promise<T | undefined> | undefined {
    return this.value !== undefined || this.failed ? undefined : this.load();
  }

  /** Loads it when the browser is idle (for what must be ready without a wait, such as print). */
  preload(): void {
    if (!this.promise && !this.failed) idle(() => void this.load());
  }
}
