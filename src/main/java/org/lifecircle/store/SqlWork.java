package org.lifecircle.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection; the {@link Database} owns commit and rollback. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
