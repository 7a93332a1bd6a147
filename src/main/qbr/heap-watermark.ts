import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * How far V8's heap may grow past what the last collection left. Each pack leaves tens of MB of
 * garbage (chart PNGs, their base64 copies, PDF and PPTX chunks, font subsets) and retains
 * nothing, but V8 collects it only once the heap has grown to several times what is live: a
 * 45-account batch took the process from about 300 MB to 480-510 MB at its peak (430-470 MB at
 * the end). Collecting at this mark keeps it at 360-380 MB (320-345 MB at the end) for 6-7
 * collections a batch, 20-35 ms a pack on average (tests/bench/qbr.bench.ts).
 */
const GROWTH_BYTES = 64 * 2 ** 20;

let collector: (() => void) | null | undefined;

/** V8's full collection: `gc` when the process exposes it, otherwise exposed on first use. */
function fullCollection(): (() => void) | null {
  if (collector === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    try {
      if (exposed) collector = exposed;
      else {
        v8.setFlagsFromString('--expose-gc');
        collector = vm.runInNewContext('gc') as () => void;
      }
    } catch {
      collector = null;
    }
  }
  return collector;
}

/**
 * For a loop that makes much short-lived garbage per step: call the returned function after each
 * step; it runs a full collection when the heap has grown GROWTH_BYTES since the last one, so
 * memory stays flat however long the loop.
 */
export function heapWatermark(): () => void {
  const used = () => v8.getHeapStatistics().used_heap_size;
  let base = used();
  return () => {
    if (used() - base < GROWTH_BYTES) return;
    fullCollection()?.();
    base = used();
  };
}
