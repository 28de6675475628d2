// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => unknown;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      overallRate?: number;
      requests?: Request[];
      verifyBody?: (body: string) => boolean;
    }
    interface Result {
      duration: number;
      latency: { p50: number; p90: number; p99: number; average: number; max: number };
      requests: { average: number; total: number };
      non2xx: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      '2xx': number;
    }
    /** A running load, with a callback given: its events and `stop`. */
    interface Instance {
      on(
        event: 'response',
        listener: (client: unknown, status: number, bytes: number, ms: number) => void,
      ): Instance;
      on(event: 'reqMismatch' | 'reqError', listener: () => void): Instance;
      stop(): void;
    }
  }
  function autocannon(opts: autocannon.Options): Promise<autocannon.Result>;
  function autocannon(
    opts: autocannon.Options,
    done: (error: Error | null, result: autocannon.Result) => void,
  ): autocannon.Instance;
  // biome-ignore lint/style/noDefaultExport: describes the package's own CommonJS export.
  export default autocannon;
}
