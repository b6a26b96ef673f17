package org.lifecircle.crash;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the server acknowledged about one scenario: its id, name, version and modifications in
 * order. {@code copiedEdits} modifications came with the scenario when it was created as a copy;
 * every later one moved the version on by one, so a consistent scenario has
 * {@code version - 1 == edits.size() - copiedEdits}. Only its writer thread changes it.
 */
final class ScenarioModel {

    final long id;
    final String name;
    final int copiedEdits;
    long version;
    final List<Edit> edits;

    ScenarioModel(long id, String name, long version, List<Edit> edits) {
        this.id = id;
        this.name = name;
        this.version = version;
        this.edits = new ArrayList<>(edits);
        this.copiedEdits = edits.size();
    }

    /** Writes this scenario stands for: its creation and every edit made on it since. */
    int writes() {
        return 1 + edits.size() - copiedEdits;
    }

    void acknowledge(Edit e) {
        edits.add(e);
        version++;
    }

    /** Facilities added by the scenario and not removed since, in order of addition. */
    List<String> liveAdded() {
        Set<String> live = new LinkedHashSet<>();
        for (Edit e : edits) {
            if (e.op().equals("add")) live.add(e.facility());
            if (e.op().equals("remove")) live.remove(e.facility());
        }
        return new ArrayList<>(live);
    }

    @Override
    public String toString() {
        return "scenario " + id + " '" + name + "' v" + version + " (" + edits.size() + " edits)";
    }
}
