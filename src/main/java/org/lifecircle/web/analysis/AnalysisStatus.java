package org.lifecircle.web.analysis;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an analysis result exists: the UI shows numbers only for COMPUTED. */
public enum AnalysisStatus {
    NOT_COMPUTED("not_computed"), COMPUTING("computing"), COMPUTED("computed");

    private final String key;

    AnalysisStatus(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
