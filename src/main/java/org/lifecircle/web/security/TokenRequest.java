package org.lifecircle.web.security;

/** Optional body of the token requests: a label to recognise the token by ("load test", "QGIS plugin"). */
public record TokenRequest(String label) {
}
