package org.lifecircle.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the writers' acknowledged scenarios with what a restarted server lists. Every
 * acknowledged scenario must be there with every acknowledged edit, in order, and a version
 * consistent with its edits; beyond that, only the write that was on the wire may show, and only
 * whole (a copy with all its source's edits, one edit more on its scenario). A write that shows up
 * is adopted into the models, so the next cycle goes on from the server's state.
 * Cost O(scenarios + edits) requests' worth of JSON.
 */
final class RestartCheck {

    int lost;
    int onTheWireCommitted;
    int onTheWireAbsent;
    final List<String> problems = new ArrayList<>();

    void verify(ApiClient client, List<Writer> writers) throws IOException, InterruptedException {
        ApiClient.Answer list = client.get("/api/scenarios");
        if (!list.ok()) {
            problems.add("GET /api/scenarios answered " + list.status() + ": " + list.text());
            return;
        }
        Map<String, Long> listed = new HashMap<>();
        for (JsonNode s : list.body()) listed.put(s.path("name").asText(), s.path("id").asLong());
        Set<String> known = new HashSet<>();
        for (Writer w : writers) {
            Writer.Pending p = w.pending();
            for (ScenarioModel m : w.scenarios) {
                known.add(m.name);
                checkScenario(client, m, p != null && p.model() == m ? p.edit() : null);
            }
            if (p != null && p.edit() == null) {
                known.add(p.name());
                if (listed.containsKey(p.name())) checkCreated(client, w, p, listed.get(p.name()));
                else onTheWireAbsent++;
            }
        }
        for (String name : listed.keySet()) {
            if (!known.contains(name)) problems.add("scenario '" + name + "' was never written by the test");
        }
    }

    /** An acknowledged scenario, and the edit that was on the wire for it (or null). */
    private void checkScenario(ApiClient client, ScenarioModel m, Edit onTheWire) throws IOException, InterruptedException {
        ApiClient.Answer a = client.get("/api/scenarios/" + m.id);
        if (a.status() == 404) {
            lost += m.writes();
            problems.add(m + ": lost (404 after restart)");
            return;
        }
        if (!a.ok()) {
            problems.add(m + ": GET answered " + a.status() + ": " + a.text());
            return;
        }
        List<Edit> saved = edits(a.body());
        long version = a.body().path("version").asLong();
        String where = m + ", saved v" + version + " with " + saved.size() + " edits";
        if (!m.name.equals(a.body().path("name").asText())) problems.add(where + ": name is now '" + a.body().path("name").asText() + "'");
        if (version - 1 != saved.size() - m.copiedEdits) problems.add(where + ": version does not match the edits");
        int common = Math.min(saved.size(), m.edits.size());
        for (int i = 0; i < common; i++) {
            if (!saved.get(i).equals(m.edits.get(i))) problems.add(where + ": edit " + (i + 1) + " is " + saved.get(i) + ", acknowledged " + m.edits.get(i));
        }
        if (saved.size() < m.edits.size()) {
            lost += m.edits.size() - saved.size();
            problems.add(where + ": " + (m.edits.size() - saved.size()) + " acknowledged edits lost");
        } else if (saved.size() == m.edits.size() + 1 && onTheWire != null && saved.get(saved.size() - 1).equals(onTheWire)) {
            m.acknowledge(onTheWire);
            onTheWireCommitted++;
        } else if (saved.size() > m.edits.size()) {
            problems.add(where + ": edits beyond the acknowledged ones: " + saved.subList(m.edits.size(), saved.size())
                    + " (on the wire: " + onTheWire + ")");
        } else if (onTheWire != null) {
            onTheWireAbsent++;
        }
    }

    /** A create or copy that was on the wire and is listed: it must be whole. */
    private void checkCreated(ApiClient client, Writer w, Writer.Pending p, long id) throws IOException, InterruptedException {
        ApiClient.Answer a = client.get("/api/scenarios/" + id);
        List<Edit> expected = p.source() == null ? List.of() : p.source().edits;
        List<Edit> saved = a.ok() ? edits(a.body()) : List.of();
        if (!a.ok() || a.body().path("version").asLong() != 1 || !saved.equals(expected)) {
            problems.add(Writer.describe(p) + " was on the wire and is half there: " + a.status() + " " + a.text());
            return;
        }
        w.adopt(new ScenarioModel(id, p.name(), 1, expected));
        onTheWireCommitted++;
    }

    private static List<Edit> edits(JsonNode scenario) {
        List<Edit> out = new ArrayList<>();
        for (JsonNode m : scenario.path("modifications")) out.add(Edit.of(m));
        return out;
    }
}
