package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.reflect.ClassTag$;

/** A tile survives Java serialization bit for bit, at any size, and Spark's serializer reads it back. */
class KernelTileTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8192, 8193, 65536, 100_003})
    void roundTripIsBitExact(int length) throws Exception {
        SplittableRandom rnd = new SplittableRandom(length);
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = switch (i % 5) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong()); // any bit pattern, NaN payloads included
                case 1 -> -0.0;
                case 2 -> Double.MIN_VALUE;
                default -> rnd.nextDouble();
            };
        }
        KernelTile tile = new KernelTile(3, 11, 5, 13, v);
        KernelTile back = assertInstanceOf(KernelTile.class, readBack(write(tile)));
        assertEquals(3, back.rowStart());
        assertEquals(11, back.rows());
        assertEquals(5, back.colStart());
        assertEquals(13, back.cols());
        assertEquals(length, back.values().length);
        for (int i = 0; i < length; i++) {
            assertEquals(Double.doubleToRawLongBits(v[i]), Double.doubleToRawLongBits(back.values()[i]), "value " + i);
        }
    }

    @Test
    void theWireFormIsTheValuesPlusAFewBytes() throws IOException {
        int n = 65536;
        int size = write(new KernelTile(0, 256, 0, 256, new double[n])).length;
        // Java serialization frames custom data in blocks of at most 1 KiB with a 5-byte header each.
        assertTrue(size >= 8 * n && size < 8 * n * 1.01 + 256, size + " bytes for " + n + " values");
    }

    @Test
    void sparksJavaSerializerReadsTilesBack() {
        SerializerInstance ser = new JavaSerializer(new SparkConf()).newInstance();
        KernelTile[] tiles = {new KernelTile(0, 1, 2, 2, new double[] {0.25, 1.0}), new KernelTile(4, 1, 4, 1,
                new double[] {0.5})};
        Object back = ser.deserialize(ser.serialize(tiles, ClassTag$.MODULE$.apply(KernelTile[].class)),
                ClassTag$.MODULE$.apply(KernelTile[].class));
        KernelTile[] t = (KernelTile[]) back;
        assertEquals(2, t.length);
        assertEquals(1.0, t[0].values()[1], 0.0);
        assertEquals(4, t[1].colStart());
    }

    private static byte[] write(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static Object readBack(byte[] b) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        }
    }
}
