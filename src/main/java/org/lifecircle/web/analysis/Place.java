package org.lifecircle.web.analysis;

/** A named feature a point falls in (an admin unit or a village), taken from the project's layer. */
public record Place(String layer, String id, String name) {
}
