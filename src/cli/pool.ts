// A bounded pool for folder runs (issue 11, item 1): at most `size` files in work at once, each
// slot with its own guarded worker (guard.ts keeps the time and memory limits per file), results
// in the order of the input whatever the order they finish in.
import * as os from "os";

/**
 * How many files at once: --paralel when given; otherwise min(cpus, 4), and no more workers than
 * three quarters of the machine's memory holds at the per-file limit (--max-memory).
 */
export function poolSize(requested: number | undefined, memoryMb: number, files: number): number {
  const cpus = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const memory = Math.floor(((os.totalmem() / 2 ** 20) * 0.75) / memoryMb);
  const size = requested ?? Math.min(cpus, 4, memory);
  return Math.max(1, Math.min(size, files));
}

/**
 * `work` over every item, at most `size` at once; `work` is told its slot (0 .. size-1), which
 * no other item uses at the same time. Results in the items' order.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T, slot: number, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const slot = async (s: number): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], s, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, (_, s) => slot(s)));
  return results;
}
