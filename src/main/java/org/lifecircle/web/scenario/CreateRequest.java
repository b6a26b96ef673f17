package org.lifecircle.web.scenario;

/** A new scenario: its name and what it starts from ("baseline", the default, or a scenario id to copy). */
public record CreateRequest(String name, String from) {
}
