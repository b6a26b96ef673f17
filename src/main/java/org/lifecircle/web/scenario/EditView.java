package org.lifecircle.web.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import org.lifecircle.scenario.AddFacility;
import org.lifecircle.scenario.ChangeCapacity;
import org.lifecircle.scenario.Modification;
import org.lifecircle.scenario.MoveFacility;

/**
 * One edit of a scenario as listed in {@code modifications}: its number from 1, {@code op}, the
 * facility, and what the op carries (position, type and name for add; position for move;
 * capacity for capacity).
 */
@Schema(oneOf = {EditView.AddEdit.class, EditView.MoveEdit.class, EditView.RemoveEdit.class, EditView.CapacityEdit.class})
public sealed interface EditView {

    int n();

    String op();

    String facility();

    record AddEdit(int n, String op, String facility, String type, double lon, double lat, String name) implements EditView {
    }

    record MoveEdit(int n, String op, String facility, double lon, double lat) implements EditView {
    }

    record RemoveEdit(int n, String op, String facility) implements EditView {
    }

    record CapacityEdit(int n, String op, String facility, double capacity) implements EditView {
    }

    static EditView of(int n, Modification m) {
        if (m instanceof AddFacility a) {
            return new AddEdit(n, m.kind(), m.facilityId(), a.facility().type(), a.facility().lon(), a.facility().lat(),
                    a.facility().name());
        }
        if (m instanceof MoveFacility mv) return new MoveEdit(n, m.kind(), m.facilityId(), mv.lon(), mv.lat());
        if (m instanceof ChangeCapacity c) return new CapacityEdit(n, m.kind(), m.facilityId(), c.capacity());
        return new RemoveEdit(n, m.kind(), m.facilityId());
    }
}
