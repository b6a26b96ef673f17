package org.lifecircle.web.project;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A facility type the project evaluates, as the project file declares it: the threshold in
 * minutes, the walking speed (null = the project default) and the demand it serves
 * ("total" or "elderly"); {@code label} is the project's display name, null for the UI's own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacilityType(String key, String label, double minutes, Double speedKmh, String demand, Double target) {
}
