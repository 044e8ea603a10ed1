package io.hqml.nativeengine;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Off-heap, 64-byte aligned room for {@code capacity} states of {@code numQubits} qubits, reused block after
 * block. Closing frees the memory; closing while a native call is using the buffer is refused, and every use
 * after close fails in Java before any native code runs. A buffer that is never closed is freed when it is
 * garbage collected.
 */
public final class NativeStateBuffer implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final int numQubits;
    private final int capacity;
    private final Memory memory;
    private final Cleaner.Cleanable cleanable;
    private final AtomicInteger users = new AtomicInteger();

    /** Frees the memory once; also the cleaner's action, so it must not refer to the buffer. */
    private static final class Memory implements Runnable {
        private volatile long address;

        Memory(long address) {
            this.address = address;
        }

        @Override
        public synchronized void run() {
            if (address != 0) {
                NativeKernels.release(address);
                address = 0;
            }
        }
    }

    public NativeStateBuffer(int numQubits, int capacity) {
        io.hqml.quantum.engine.EngineArguments.checkQubits(numQubits);
        if (capacity < 1) {
            throw new IllegalArgumentException("a state buffer needs capacity >= 1, got " + capacity);
        }
        if (!NativeLibrary.isLoaded()) {
            throw new IllegalStateException("native engine unavailable: " + NativeLibrary.failure());
        }
        this.numQubits = numQubits;
        this.capacity = capacity;
        this.memory = new Memory(NativeKernels.allocate((long) capacity * (16L << numQubits)));
        this.cleanable = CLEANER.register(this, memory);
    }

    public int numQubits() {
        return numQubits;
    }

    public int capacity() {
        return capacity;
    }

    /** Copies state {@code r} (interleaved complex) into {@code dst}. */
    public void read(int r, double[] dst) {
        if (r < 0 || r >= capacity || dst.length < 2 << numQubits) {
            throw new IllegalArgumentException("state " + r + " of " + capacity + " into " + dst.length + " doubles");
        }
        long address = acquire();
        try {
            NativeKernels.copyOut(address, (long) r * (2L << numQubits), dst, 2 << numQubits);
        } finally {
            release();
        }
    }

    /** Marks the buffer in use and returns its address; pair with {@link #release()}. */
    long acquire() {
        synchronized (memory) { // excludes close(): a buffer is never freed between this check and its use
            long address = memory.address;
            if (address == 0) {
                throw new IllegalStateException("native state buffer is closed");
            }
            users.incrementAndGet();
            return address;
        }
    }

    void release() {
        users.decrementAndGet();
    }

    /** @throws IllegalStateException while a native call is using the buffer */
    @Override
    public void close() {
        synchronized (memory) {
            if (users.get() > 0) {
                throw new IllegalStateException("native state buffer is in use by " + users.get() + " call(s)");
            }
            cleanable.clean();
        }
    }

    public boolean isClosed() {
        return memory.address == 0;
    }
}
