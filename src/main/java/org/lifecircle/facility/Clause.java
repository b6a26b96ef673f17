package org.lifecircle.facility;

/**
 * Where a threshold or target comes from: a document, the section in it (null when the section
 * is not cited with certainty) and the provision in Chinese (quoted from the document where it is
 * a local plan; "…" separates fragments that appear in that order) and English.
 */
public record Clause(SourceDocument document, String section, String zh, String en) {

    /** "GB 50180-2018 §3.0.4", "盘政办发〔2022〕20号 第三章第二节 养老服务", as shown in reports. */
    public String citation() {
        return section == null ? document.code() : document.code() + " " + section;
    }

    /** Chinese citation with the document title: "《仁怀市公共服务发展行动方案(2023—2025年)》三、(五)2". */
    public String citationZh() {
        String title = "《" + document.nameZh() + "》";
        return section == null ? title : title + section;
    }

    /** English citation with the document title. */
    public String citationEn() {
        return section == null ? document.nameEn() : document.nameEn() + ", " + section;
    }
}
