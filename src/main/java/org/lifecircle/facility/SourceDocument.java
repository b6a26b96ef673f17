package org.lifecircle.facility;

/**
 * A document that thresholds and targets are cited from: a national standard, a local plan, a
 * statistical bulletin, or a project file ({@code kind = "project"}) when a planner overrides a value.
 *
 * @param key    short key used in the standards pack ({@code gb50180}, {@code panjin}, …)
 * @param code   document number or short code ({@code GB 50180-2018}, {@code 盘政办发〔2022〕20号})
 * @param kind   national_standard, local_plan, statistics, project or default
 * @param nameZh title in Chinese
 * @param nameEn title in English
 */
public record SourceDocument(String key, String code, String kind, String nameZh, String nameEn) {

    static final String PROJECT_KEY = "project";
    static final String DEFAULT_KEY = "lifecircle";

    /** The document standing for LifeCircle's own defaults (values no cited document fixes). */
    static SourceDocument lifeCircleDefaults() {
        return new SourceDocument(DEFAULT_KEY, "LifeCircle", "default", "LifeCircle 默认值", "LifeCircle default");
    }

    /** The document standing for a project's own settings, named after the override file. */
    static SourceDocument project(String source) {
        return new SourceDocument(PROJECT_KEY, source, "project", "项目设定(" + source + ")",
                "Project setting (" + source + ")");
    }
}
