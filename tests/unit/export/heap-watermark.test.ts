// A QBR batch collects its garbage as it goes (issue 19.6): a full collection once the heap has
// grown 64 MB since the last one, and not on every pack.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heapWatermark } from '../../../src/main/qbr/heap-watermark';

const global = globalThis as { gc?: () => void };
const exposed = global.gc;
afterEach(() => {
  global.gc = exposed;
});

describe('heapWatermark', () => {
  it('collects only once the heap has grown past the mark since the last collection', () => {
    const gc = vi.fn();
    global.gc = gc;
    const release = heapWatermark();
    release();
    expect(gc).not.toHaveBeenCalled();
    // 80 MB on V8's heap, still reachable: the heap grew past the mark.
    const kept = Array.from({ length: 80 }, (_, i) => new Array<number>(2 ** 17).fill(i + 0.5));
    release();
    expect(gc).toHaveBeenCalledTimes(1);
    // The mark moves to where that collection left the heap: no second collection for it.
    release();
    expect(gc).toHaveBeenCalledTimes(1);
    expect(kept).toHaveLength(80);
  });
});
