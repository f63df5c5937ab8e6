/** The three browser engines the smoke suite runs in. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** One thing a page reported that a reader's console would show. */
export interface LogEntry {
  kind: 'error' | 'warning' | 'uncaught' | 'rejection' | 'csp';
  text: string;
  /** The document (or script) it came from, where the engine says. */
  url?: string;
}

/** A function run in the page; its arguments and result must survive JSON. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/** Keys the tests press. Each engine maps them to its own key names. */
export type Key = 'Escape' | 'Enter' | 'Tab' | 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft';

export interface WaitOptions {
  /** Milliseconds before the wait fails; 10 s unless told. */
  timeout?: number;
  /** What was waited for, for the failure message. */
  message?: string;
}

/**
 * One tab in one engine, with the few things the smoke suite needs. Every method works the
 * same in each engine; differences (WebKit has no console API, so a probe records errors)
 * stay inside the implementations.
 */
export interface EnginePage {
  readonly engine: EngineName;
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** The current document's URL. */
  url(): Promise<string>;
  /** Runs a function in the top document and returns its (awaited, JSON-safe) result. */
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Runs a function in the document of the first iframe that matches a selector. */
  evaluateInFrame<A extends unknown[], R>(iframe: string, fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Clicks the first element that matches a selector, as a reader's pointer would. */
  click(selector: string): Promise<void>;
  /** Presses and releases one key in the focused element. */
  press(key: Key): Promise<void>;
  /** Types text into the focused element, one character at a time. */
  type(text: string): Promise<void>;
  /**
   * Polls a function in the page until it returns a truthy value, and returns that value.
   * Fails after the timeout with the last value seen. Never a fixed sleep.
   */
  waitFor<A extends unknown[], R>(fn: PageFunction<A, R>, options: WaitOptions, ...args: A): Promise<NonNullable<R>>;
  /** Sets the size of the layout viewport (CSS pixels), whatever the engine's window chrome. */
  setViewport(width: number, height: number): Promise<void>;
  /** Everything reported since the page was opened: console errors and warnings, uncaught errors, unhandled rejections, CSP violations. */
  logs(): Promise<LogEntry[]>;
  close(): Promise<void>;
}

export interface PageOptions {
  width: number;
  height?: number;
}

export interface Engine {
  readonly name: EngineName;
  /** The engine's version string, for the report. */
  readonly version: string;
  /** A new tab with its own cookies, storage and service workers. */
  newPage(options: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}
