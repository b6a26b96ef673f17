package org.lifecircle.web.scenario;

import java.util.List;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.SiteChanges;

/** Sites added, removed and moved between two facility lists, as the API lists them. */
public record SiteChangesView(List<ChangedSite> added, List<ChangedSite> removed, List<ChangedSite> moved) {

    /** One facility: id, type key, name (null when not given) and WGS84 position. */
    public record ChangedSite(String id, String type, String name, double lon, double lat) {
        static ChangedSite of(FacilityRecord f) {
            return new ChangedSite(f.id(), f.type(), f.name(), f.lon(), f.lat());
        }
    }

    static SiteChangesView of(SiteChanges c) {
        return new SiteChangesView(c.added().stream().map(ChangedSite::of).toList(), c.removed().stream().map(ChangedSite::of).toList(),
                c.moved().stream().map(ChangedSite::of).toList());
    }
}
