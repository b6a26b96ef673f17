package org.lifecircle.io;

import java.util.Map;

/**
 * One point of a point file, in WGS84: {@code row} is the 1-based line the record starts on in
 * a CSV (the header is row 1) or the feature number in a vector file; {@code weight} is the
 * weight column (1 when the file has none); {@code attributes} are the other columns, keyed by
 * lower-cased header name, in file order.
 */
public record PointRecord(int row, String id, double lon, double lat, double weight, Map<String, String> attributes) {}
