package org.lifecircle.population;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test reference: a deliberately small, independent GeoTIFF decoder for single-band float32
 * rasters stored in strips, uncompressed or LZW (TIFF 6.0 §13, no predictor), with the
 * GDAL_NODATA tag. Used to check GeoTools' reading of the WorldPop rasters by a second method,
 * and to write the rasters GeoTools' writer cannot produce (a NaN nodata value, as GDAL writes it).
 */
final class TiffReference {

    private TiffReference() {
    }

    /** Sum of all cells that are not the GDAL nodata value, in double. */
    static double sum(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file));
        buf.order(buf.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (buf.getShort(2) != 42) throw new IOException("not a classic TIFF");
        int ifd = buf.getInt(4);
        int entries = buf.getShort(ifd) & 0xffff;
        int width = 0;
        int compression = 1;
        int bits = 0;
        int sampleFormat = 1;
        int predictor = 1;
        int[] offsets = null;
        int[] counts = null;
        double nodata = Double.NaN;
        for (int e = 0; e < entries; e++) {
            int p = ifd + 2 + 12 * e;
            int tag = buf.getShort(p) & 0xffff;
            int type = buf.getShort(p + 2) & 0xffff;
            int count = buf.getInt(p + 4);
            switch (tag) {
                case 256 -> width = value(buf, p, type);
                case 258 -> bits = value(buf, p, type);
                case 259 -> compression = value(buf, p, type);
                case 317 -> predictor = value(buf, p, type);
                case 339 -> sampleFormat = value(buf, p, type);
                case 273 -> offsets = array(buf, p, type, count);
                case 279 -> counts = array(buf, p, type, count);
                case 42113 -> {
                    byte[] text = new byte[count];
                    int at = count <= 4 ? p + 8 : buf.getInt(p + 8);
                    for (int i = 0; i < count; i++) text[i] = buf.get(at + i);
                    String t = new String(text, StandardCharsets.US_ASCII).replace("\0", "").trim();
                    nodata = t.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(t);
                }
                default -> { }
            }
        }
        if (bits != 32 || sampleFormat != 3 || predictor != 1 || (compression != 1 && compression != 5)) {
            throw new IOException("reference decoder handles float32, no predictor, none/LZW only");
        }
        float nd = (float) nodata;
        boolean nanIsNodata = Double.isNaN(nodata);
        double sum = 0;
        for (int s = 0; s < offsets.length; s++) {
            byte[] raw = new byte[counts[s]];
            for (int i = 0; i < raw.length; i++) raw[i] = buf.get(offsets[s] + i);
            byte[] strip = compression == 5 ? lzw(raw, width * 4) : raw;
            ByteBuffer values = ByteBuffer.wrap(strip).order(buf.order());
            for (int k = 0; k + 4 <= strip.length; k += 4) {
                float v = values.getFloat(k);
                if (v != nd && !(nanIsNodata && Float.isNaN(v))) sum += v;
            }
        }
        return sum;
    }

    private static int value(ByteBuffer buf, int p, int type) {
        return type == 3 ? buf.getShort(p + 8) & 0xffff : buf.getInt(p + 8);
    }

    private static int[] array(ByteBuffer buf, int p, int type, int count) {
        int size = type == 3 ? 2 : 4;
        int at = count * size <= 4 ? p + 8 : buf.getInt(p + 8);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = type == 3 ? buf.getShort(at + 2 * i) & 0xffff : buf.getInt(at + 4 * i);
        return out;
    }

    /** TIFF LZW: MSB-first codes of 9–12 bits, Clear 256, EOI 257, width grows one code early. */
    static byte[] lzw(byte[] in, int expectedBytes) {
        byte[][] table = new byte[4096][];
        for (int i = 0; i < 256; i++) table[i] = new byte[] {(byte) i};
        ByteBuffer out = ByteBuffer.allocate(expectedBytes);
        int next = 258;
        int width = 9;
        long bitPos = 0;
        long totalBits = (long) in.length * 8;
        byte[] old = null;
        while (bitPos + width <= totalBits) {
            int code = 0;
            for (int b = 0; b < width; b++, bitPos++) {
                code = (code << 1) | ((in[(int) (bitPos >>> 3)] >>> (7 - (int) (bitPos & 7))) & 1);
            }
            if (code == 257) break;
            if (code == 256) {
                next = 258;
                width = 9;
                old = null;
                continue;
            }
            byte[] entry;
            if (code < next && table[code] != null) {
                entry = table[code];
                if (old != null) table[next++] = concat(old, entry[0]);
            } else {
                entry = concat(old, old[0]);
                table[next++] = entry;
            }
            out.put(entry);
            old = entry;
            if (next + 1 >= (1 << width) && width < 12) width++;
        }
        return out.array();
    }

    private static byte[] concat(byte[] prefix, byte last) {
        byte[] e = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, e, 0, prefix.length);
        e[prefix.length] = last;
        return e;
    }

    /**
     * Writes an uncompressed float32 GeoTIFF in EPSG:4326, one strip, upper-left corner at
     * (minLon, maxLat), with GDAL_NODATA = {@code nodataText} ("nan", "-9999").
     */
    static void writeWgs84(Path file, float[][] data, double minLon, double maxLat, double cellDeg, String nodataText)
            throws IOException {
        int rows = data.length;
        int cols = data[0].length;
        byte[] nodata = (nodataText + "\0").getBytes(StandardCharsets.US_ASCII);
        short[] geoKeys = {1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326};
        int entries = 15;
        int ifd = 8;
        int extra = ifd + 2 + 12 * entries + 4;
        int scaleAt = extra;
        int tieAt = scaleAt + 24;
        int keysAt = tieAt + 48;
        int nodataAt = keysAt + geoKeys.length * 2;
        int pixelsAt = nodataAt + nodata.length + (nodata.length % 2);
        int pixelBytes = rows * cols * 4;
        ByteBuffer b = ByteBuffer.allocate(pixelsAt + pixelBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
        b.position(ifd);
        b.putShort((short) entries);
        entry(b, 256, 3, 1, cols);
        entry(b, 257, 3, 1, rows);
        entry(b, 258, 3, 1, 32);
        entry(b, 259, 3, 1, 1);
        entry(b, 262, 3, 1, 1);
        entry(b, 273, 4, 1, pixelsAt);
        entry(b, 277, 3, 1, 1);
        entry(b, 278, 3, 1, rows);
        entry(b, 279, 4, 1, pixelBytes);
        entry(b, 284, 3, 1, 1);
        entry(b, 339, 3, 1, 3);
        entry(b, 33550, 12, 3, scaleAt);
        entry(b, 33922, 12, 6, tieAt);
        entry(b, 34735, 3, geoKeys.length, keysAt);
        if (nodata.length <= 4) {
            b.putShort((short) 42113).putShort((short) 2).putInt(nodata.length);
            byte[] inline = new byte[4];
            System.arraycopy(nodata, 0, inline, 0, nodata.length);
            b.put(inline);
        } else {
            entry(b, 42113, 2, nodata.length, nodataAt);
        }
        b.putInt(0);
        b.position(scaleAt);
        b.putDouble(cellDeg).putDouble(cellDeg).putDouble(0);
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(minLon).putDouble(maxLat).putDouble(0);
        for (short k : geoKeys) b.putShort(k);
        if (nodata.length > 4) b.put(nodata);
        b.position(pixelsAt);
        for (float[] row : data) for (float v : row) b.putFloat(v);
        Files.write(file, b.array());
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) b.putShort((short) value).putShort((short) 0);
        else b.putInt(value);
    }
}
