package org.lifecircle.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One client writing through the HTTP API back to back: it creates scenarios (some as copies of
 * its own), and adds, moves and removes clinics in them, each edit based on the version the
 * server last acknowledged. It owns its scenarios, so no other writer makes its versions stale.
 * A write answered 2xx is recorded in the {@link ScenarioModel}s at once; the write that was on the
 * wire when the server died stays in {@link #pending()} (it may or may not have been committed).
 */
final class Writer implements Runnable {

    /** A write whose answer never came: a create (source null, model null), a copy of source, or an edit of model. */
    record Pending(String name, ScenarioModel source, ScenarioModel model, Edit edit) {
    }

    private static final double MIN_LON = 117.85;
    private static final double MAX_LON = 117.97;
    private static final double MIN_LAT = 29.96;
    private static final double MAX_LAT = 30.04;

    final int number;
    final List<ScenarioModel> scenarios = new ArrayList<>();
    private final Random random;
    private final List<String> problems;
    private int names;
    private ApiClient client;
    private volatile boolean stop;
    private volatile Pending onTheWire;
    private volatile int acknowledged;
    private volatile long lastWriteNanos;
    private Pending pending;

    Writer(int number, long seed, List<String> problems) {
        this.number = number;
        this.random = new Random(seed);
        this.problems = problems;
    }

    /** Points the writer at a (re)started server and clears the count of this cycle. */
    void connect(ApiClient client) {
        this.client = client;
        this.stop = false;
        this.pending = null;
        this.acknowledged = 0;
    }

    void stop() {
        stop = true;
    }

    int acknowledged() {
        return acknowledged;
    }

    boolean writing() {
        return onTheWire != null;
    }

    long lastWriteNanos() {
        return lastWriteNanos;
    }

    Pending pending() {
        return pending;
    }

    void adopt(ScenarioModel model) {
        scenarios.add(model);
    }

    @Override
    public void run() {
        try {
            while (!stop) {
                Pending w = next();
                onTheWire = w;
                long start = System.nanoTime();
                ApiClient.Answer a;
                try {
                    a = send(w);
                } catch (IOException serverGone) {
                    pending = w;
                    return;
                }
                lastWriteNanos = System.nanoTime() - start;
                record(w, a);
                onTheWire = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            synchronized (problems) {
                problems.add("writer " + number + ": " + e);
            }
        } finally {
            onTheWire = null;
        }
    }

    private Pending next() {
        double roll = random.nextDouble();
        if (scenarios.isEmpty() || roll < 0.08) return new Pending(name(), null, null, null);
        ScenarioModel model = scenarios.get(random.nextInt(scenarios.size()));
        if (roll < 0.12 && !model.edits.isEmpty()) return new Pending(name(), model, null, null);
        List<String> live = model.liveAdded();
        double op = random.nextDouble();
        Edit e;
        if (live.isEmpty() || op < 0.5) {
            e = Edit.add("k" + number + "-" + (++names), lon(), lat());
        } else if (op < 0.8) {
            e = Edit.move(live.get(random.nextInt(live.size())), lon(), lat());
        } else {
            e = Edit.remove(live.get(random.nextInt(live.size())));
        }
        return new Pending(null, null, model, e);
    }

    private String name() {
        return "w" + number + "-" + (++names);
    }

    private double lon() {
        return Math.round((MIN_LON + (MAX_LON - MIN_LON) * random.nextDouble()) * 1e6) / 1e6;
    }

    private double lat() {
        return Math.round((MIN_LAT + (MAX_LAT - MIN_LAT) * random.nextDouble()) * 1e6) / 1e6;
    }

    private ApiClient.Answer send(Pending w) throws IOException, InterruptedException {
        if (w.edit() != null) return client.post("/api/scenarios/" + w.model().id + "/edits", w.edit().body(w.model().version));
        if (w.source() != null) return client.post("/api/scenarios", Map.of("name", w.name(), "from", Long.toString(w.source().id)));
        return client.post("/api/scenarios", Map.of("name", w.name()));
    }

    /** Books an acknowledged write and checks the answer describes it; anything but 2xx is a problem. */
    private void record(Pending w, ApiClient.Answer a) {
        if (!a.ok() || a.body() == null) {
            problem(w, "answered " + a.status() + ": " + a.text());
            return;
        }
        JsonNode body = a.body();
        List<Edit> listed = new ArrayList<>();
        for (JsonNode m : body.path("modifications")) listed.add(Edit.of(m));
        if (w.edit() != null) {
            ScenarioModel m = w.model();
            List<Edit> expected = new ArrayList<>(m.edits);
            expected.add(w.edit());
            if (body.path("version").asLong() != m.version + 1 || !listed.equals(expected)) {
                problem(w, "answered version " + body.path("version") + " with " + listed + ", expected v" + (m.version + 1)
                        + " with " + expected);
            }
            m.acknowledge(w.edit());
        } else {
            List<Edit> expected = w.source() == null ? List.of() : w.source().edits;
            if (body.path("version").asLong() != 1 || !listed.equals(expected) || !w.name().equals(body.path("name").asText())) {
                problem(w, "answered " + a.text() + ", expected version 1 with " + expected);
            }
            scenarios.add(new ScenarioModel(body.path("id").asLong(), w.name(), 1, expected));
        }
        acknowledged++;
    }

    private void problem(Pending w, String what) {
        synchronized (problems) {
            problems.add("writer " + number + ", " + describe(w) + ": " + what);
        }
    }

    static String describe(Pending w) {
        if (w.edit() != null) return w.edit() + " on " + w.model();
        if (w.source() != null) return "copy '" + w.name() + "' of " + w.source();
        return "create '" + w.name() + "'";
    }
}
