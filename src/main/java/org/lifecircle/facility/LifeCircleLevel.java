package org.lifecircle.facility;

/**
 * A life-circle level (GB 50180-2018 residential-area levels, TD/T 1062-2021 community
 * life-circle levels). Numbers a document does not give are NaN.
 *
 * @param minutes       walking minutes of the level, or NaN (residential block, rural levels)
 * @param walkMetersMin lower end of the walking distance, or NaN
 * @param walkMetersMax upper end of the walking distance, or NaN
 * @param populationMin lower end of the resident population, or NaN
 * @param populationMax upper end of the resident population, or NaN
 */
public record LifeCircleLevel(String key, String nameZh, String nameEn, double minutes,
        double walkMetersMin, double walkMetersMax, double populationMin, double populationMax,
        Clause clause) {
}
