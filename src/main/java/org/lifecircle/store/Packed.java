package org.lifecircle.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Primitive arrays packed little-endian into the binary columns of the store. O(n). */
public final class Packed {

    private Packed() {
    }

    public static byte[] ints(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return b.array();
    }

    public static int[] ints(byte[] bytes) {
        if (bytes.length % Integer.BYTES != 0) throw new StoreException("packed int array has " + bytes.length + " bytes");
        int[] out = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
        return out;
    }

    public static byte[] doubles(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        return b.array();
    }

    public static double[] doubles(byte[] bytes) {
        if (bytes.length % Double.BYTES != 0) throw new StoreException("packed double array has " + bytes.length + " bytes");
        double[] out = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
        return out;
    }
}
