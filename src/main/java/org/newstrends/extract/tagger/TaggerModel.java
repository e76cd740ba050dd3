package org.newstrends.extract.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a trained tagger: {@link Tags#COUNT} scores per hashed feature index, kept as the 16-bit values
 * the model file stores under one scale (half the memory of floats, and summed as integers), and a table of tag
 * transitions. Stored compactly: only non-zero weights, gzipped.
 */
final class TaggerModel {

    private static final int MAGIC = 0x4E544E52;
    /** Changes whenever {@link Workspace}'s features change, so a stale model is refused. */
    static final int FEATURES_VERSION = 1;

    final int bits;
    /** The weights, {@link Tags#COUNT} per feature index, as 16-bit multiples of {@link #scale}. */
    final short[] weights;
    /** The weight one unit of {@link #weights} stands for. */
    final float scale;
    final float[] transitions;

    /** A model of the given weights, quantised to 16 bits under one scale (the largest weight is 32767 units). */
    TaggerModel(int bits, float[] weights, float[] transitions) {
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        this.bits = bits;
        this.scale = max == 0 ? 1 : max / 32767f;
        this.weights = new short[weights.length];
        for (int i = 0; i < weights.length; i++) this.weights[i] = (short) Math.round(weights[i] / scale);
        this.transitions = transitions;
    }

    private TaggerModel(int bits, short[] weights, float scale, float[] transitions) {
        this.bits = bits;
        this.weights = weights;
        this.scale = scale;
        this.transitions = transitions;
    }

    int mask() {
        return (1 << bits) - 1;
    }

    /** Writes the model: only the rows with a non-zero weight. */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(FEATURES_VERSION);
        data.writeInt(bits);
        data.writeInt(Tags.COUNT);
        data.writeFloat(scale);
        for (float t : transitions) data.writeFloat(t);
        int rows = 1 << bits;
        int last = -1;
        for (int r = 0; r < rows; r++) {
            int mask = 0;
            for (int t = 0; t < Tags.COUNT; t++) {
                if (weights[r * Tags.COUNT + t] != 0) mask |= 1 << t;
            }
            if (mask == 0) continue;
            writeVarint(data, r - last);
            last = r;
            writeVarint(data, mask);
            for (int t = 0; t < Tags.COUNT; t++) {
                if ((mask & (1 << t)) != 0) data.writeShort(weights[r * Tags.COUNT + t]);
            }
        }
        writeVarint(data, 0);
        data.flush();
        data.close();
    }

    /** Reads a model written by {@link #write}. */
    static TaggerModel read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
            if (data.readInt() != MAGIC) throw new IOException("not a newstrends tagger model");
            int version = data.readInt();
            if (version != FEATURES_VERSION) {
                throw new IOException("tagger model has features version " + version + ", this build needs "
                        + FEATURES_VERSION + ": retrain it with train-ner");
            }
            int bits = data.readInt();
            int tags = data.readInt();
            if (tags != Tags.COUNT || bits < 10 || bits > 24) throw new IOException("tagger model has a bad header");
            float scale = data.readFloat();
            float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
            for (int i = 0; i < transitions.length; i++) transitions[i] = data.readFloat();
            short[] weights = new short[(1 << bits) * Tags.COUNT];
            int row = -1;
            while (true) {
                int delta = readVarint(data);
                if (delta == 0) break;
                row += delta;
                if (row >= 1 << bits) throw new IOException("tagger model has a row out of range");
                int mask = readVarint(data);
                for (int t = 0; t < Tags.COUNT; t++) {
                    if ((mask & (1 << t)) != 0) weights[row * Tags.COUNT + t] = data.readShort();
                }
            }
            return new TaggerModel(bits, weights, scale, transitions);
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
            shift += 7;
        }
    }
}
