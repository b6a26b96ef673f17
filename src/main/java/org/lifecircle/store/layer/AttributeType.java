package org.lifecircle.store.layer;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Value type of a layer attribute. Values are held as {@code String}, {@code Long},
 * {@code Double} and {@code Boolean}; {@link #coerce} turns what readers produce (Integer,
 * Float, BigDecimal, numeric strings …) into that form or returns {@code null} when it cannot.
 */
public enum AttributeType {
    TEXT, INTEGER, REAL, BOOLEAN;

    /** The narrowest type that holds {@code value} (null → null). */
    public static AttributeType of(Object value) {
        if (value == null) return null;
        if (value instanceof Boolean) return BOOLEAN;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return INTEGER;
        }
        if (value instanceof Number) return REAL;
        return TEXT;
    }

    /** The type that holds values of both {@code a} and {@code b} (either may be null). */
    public static AttributeType widen(AttributeType a, AttributeType b) {
        if (a == null) return b;
        if (b == null || a == b) return a;
        if ((a == INTEGER && b == REAL) || (a == REAL && b == INTEGER)) return REAL;
        return TEXT;
    }

    /**
     * {@code value} in this type's Java form; null stays null. Returns {@link #INVALID} when the
     * value cannot be represented (e.g. "abc" as INTEGER, 2.5 as INTEGER).
     */
    public Object coerce(Object value) {
        if (value == null) return null;
        switch (this) {
            case TEXT:
                return value instanceof Double d ? numberText(d) : value.toString();
            case BOOLEAN:
                if (value instanceof Boolean) return value;
                if ("true".equalsIgnoreCase(value.toString())) return Boolean.TRUE;
                if ("false".equalsIgnoreCase(value.toString())) return Boolean.FALSE;
                return INVALID;
            case INTEGER:
                try {
                    BigDecimal d = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
                    return d.longValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    return INVALID;
                }
            case REAL:
                if (value instanceof Number n) return n.doubleValue();
                try {
                    return Double.parseDouble(value.toString().strip());
                } catch (NumberFormatException e) {
                    return INVALID;
                }
            default:
                throw new AssertionError(this);
        }
    }

    private static String numberText(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Marker returned by {@link #coerce} for a value the type cannot hold. */
    public static final Object INVALID = new Object() {
        @Override
        public String toString() {
            return "INVALID";
        }
    };
}
