package org.lifecircle.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lifecircle.io.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A value in a project file together with its key path ({@code types.elder_care.minutes}) and
 * line, so that every typed read can fail with an {@link InputException} naming the file, the key
 * and the line. Wraps a SnakeYAML node (composed, not constructed, to keep the line numbers).
 */
final class ProjectValue {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final String source;
    private final String path;
    private final Node node;

    private ProjectValue(String source, String path, Node node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    static ProjectValue root(String source, Node node) {
        return new ProjectValue(source, "", node);
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** The entries of a mapping whose keys must all be among {@code knownKeys}. */
    Map<String, ProjectValue> entries(Collection<String> knownKeys) {
        Map<String, ProjectValue> map = entries();
        for (ProjectValue v : map.values()) {
            String key = v.lastKey();
            if (!knownKeys.contains(key)) {
                String hint = KeySuggestions.nearest(key, knownKeys)
                        .map(s -> "; did you mean \"" + s + "\"?")
                        .orElse(".");
                throw v.error("unknown key \"" + key + "\"" + hint + " Known keys here: "
                        + String.join(", ", knownKeys));
            }
        }
        return map;
    }

    /** The entries of a mapping with any keys; duplicate keys are an error. */
    Map<String, ProjectValue> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of keys to values, found " + describe());
        }
        Map<String, ProjectValue> map = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode sk) || Tag.NULL.equals(k.getTag())) {
                throw new ProjectValue(source, path, k).error("keys must be plain names");
            }
            String key = sk.getValue();
            ProjectValue child = new ProjectValue(source, path.isEmpty() ? key : path + "." + key, t.getValueNode());
            if (map.containsKey(key)) {
                throw new ProjectValue(source, child.path, k).error("key \"" + key + "\" appears twice (first on line "
                        + map.get(key).line() + ")");
            }
            map.put(key, child);
        }
        return map;
    }

    /** The items of a sequence; a single value counts as a sequence of one. */
    List<ProjectValue> items() {
        List<ProjectValue> list = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            int i = 1;
            for (Node n : seq.getValue()) list.add(new ProjectValue(source, path + "[" + i++ + "]", n));
        } else {
            list.add(this);
        }
        return list;
    }

    /** A non-blank scalar as text (numbers and booleans as written). */
    String text() {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw error("expected a text value, found " + describe());
        }
        String s = scalar.getValue().strip();
        if (s.isEmpty()) throw error("expected a text value, found an empty string");
        return s;
    }

    /** A finite number in [min, max]; {@code what} says what it measures, for the message. */
    double number(String what, double min, double max, boolean minExclusive) {
        double v = finiteNumber(what);
        if (minExclusive ? v <= min : v < min) {
            throw error(what + " must be " + (minExclusive ? "> " : "≥ ") + fmt(min) + ", got " + raw());
        }
        if (v > max) throw error(what + " must be ≤ " + fmt(max) + ", got " + raw());
        return v;
    }

    /** A whole number in [min, max]. */
    int integer(String what, int min, int max) {
        double v = finiteNumber(what);
        if (v != Math.rint(v)) throw error(what + " must be a whole number, got " + raw());
        if (v < min || v > max) throw error(what + " must be between " + min + " and " + max + ", got " + raw());
        return (int) v;
    }

    double finiteNumber(String what) {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw error("expected " + what + " (a number), found " + describe());
        }
        String s = scalar.getValue().strip();
        if (!Tag.STR.equals(node.getTag())) s = s.replace("_", "");
        if (!DECIMAL.matcher(s).matches()) {
            throw error("expected " + what + " (a number), got " + raw());
        }
        return Double.parseDouble(s);
    }

    /** The scalar as written, quoted, for messages. */
    String raw() {
        return node instanceof ScalarNode s ? "\"" + s.getValue() + "\"" : describe();
    }

    /** The last segment of the key path. */
    String lastKey() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    InputException error(String reason) {
        return new InputException(source, path.isEmpty() ? null : path, reason + " (line " + line() + ")");
    }

    private String describe() {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (isNull()) return "nothing";
        return "\"" + ((ScalarNode) node).getValue() + "\"";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
