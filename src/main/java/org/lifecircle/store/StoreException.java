package org.lifecircle.store;

/**
 * The store could not do what was asked for a reason that is not the user's input: the database
 * is unreachable, full, or answered with an error. Carries the SQL state when there is one.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.sqlState = cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
    }

    public StoreException(String message) {
        super(message);
        this.sqlState = null;
    }

    /** SQLSTATE of the underlying database error, or null. */
    public String sqlState() {
        return sqlState;
    }
}
