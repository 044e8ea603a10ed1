package io.hqml.quantum.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KernelBlockCacheTest {
    private static KernelBlockCache.Key key(String rows) {
        return new KernelBlockCache.Key("c", rows, 100, "b@1", "ideal", 1);
    }

    @Test
    void leastRecentlyUsedBlocksGoFirstOnceOverCapacity() {
        KernelBlockCache cache = new KernelBlockCache(10);
        cache.put(key("a"), new double[4]);
        cache.put(key("b"), new double[4]);
        cache.get(key("a")); // a is now the most recently used
        cache.put(key("c"), new double[4]);
        assertNull(cache.get(key("b")));
        assertEquals(8, cache.size());
        cache.put(key("huge"), new double[11]);
        assertNull(cache.get(key("huge")), "a block larger than the cache is not kept");
    }

    @Test
    void valuesAreCopiedInAndOut() {
        KernelBlockCache cache = new KernelBlockCache(10);
        double[] v = {1, 2};
        cache.put(key("a"), v);
        v[0] = 9;
        double[] got = cache.get(key("a"));
        got[1] = 9;
        assertArrayEquals(new double[] {1, 2}, cache.get(key("a")));
    }
}
