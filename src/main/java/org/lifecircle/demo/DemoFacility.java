package org.lifecircle.demo;

/**
 * One generated facility in local metres. {@code capacity} is beds for elder care, places for
 * kindergartens and schools, and 0 (written empty) where a capacity makes no sense.
 */
record DemoFacility(String id, double x, double y, String type, String name, int areaM2, int capacity) {
}
