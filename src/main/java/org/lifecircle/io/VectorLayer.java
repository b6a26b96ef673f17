package org.lifecircle.io;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** The features read from one file; {@code source} is the file name error messages use. */
public record VectorLayer(String source, List<VectorFeature> features) {

    public VectorLayer {
        features = List.copyOf(features);
    }

    public int size() {
        return features.size();
    }

    /** The lon/lat bounding box of all features. */
    public Envelope envelope() {
        Envelope e = new Envelope();
        for (VectorFeature f : features) e.expandToInclude(f.geometry().getEnvelopeInternal());
        return e;
    }
}
