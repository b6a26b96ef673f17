package org.lifecircle.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the built-in pack cites the seed plans truthfully. Every clause citing a
 * local plan is found in that plan's text (fragments separated by "…" in order, after NFKC and
 * with whitespace and table bars removed), and the number the clause backs (minutes, coverage
 * share, indicator target, year) appears in the quoted text.
 */
class SeedClausesTest {

    /** Document key of the pack → seed file in ../shared/seeds. */
    private static final Map<String, String> SEEDS = Map.of(
            "huaibei", "000_a83bb969dbf0a7de.txt",
            "panjin", "001_b69f05ba4efcf452.txt",
            "baiyin", "002_a6579b1a56d4ceb4.txt",
            "renhuai", "003_4feb0ef5bae66b50.txt",
            "xiuning", "004_bb07712af6e16f88.txt");

    private final StandardsPack pack = StandardsPack.builtin();
    private final Map<String, String> seedText = new HashMap<>();

    @Test
    void everyLocalPlanClauseIsQuotedFromItsSeedDocumentWithItsNumbers() throws IOException {
        Set<String> localPlans = new TreeSet<>();
        pack.documents().values().stream().filter(d -> d.kind().equals("local_plan")).forEach(d -> localPlans.add(d.key()));
        assertEquals(new TreeSet<>(SEEDS.keySet()), localPlans, "every local plan of the pack has its seed text");

        Set<String> cited = new TreeSet<>();
        int checkedNumbers = 0;
        for (FacilityType t : pack.types()) {
            if (isLocal(t.clause())) {
                checkQuote(t.clause(), t.key() + ".clause");
                if (t.hasMinutes()) {
                    assertQuoteHas(t.clause(), number(t.minutes()) + "分钟", t.key() + " minutes");
                    checkedNumbers++;
                }
                cited.add(t.clause().document().key());
            }
            for (Clause ref : t.references()) {
                if (isLocal(ref)) {
                    checkQuote(ref, t.key() + ".references");
                    cited.add(ref.document().key());
                }
            }
            for (CoverageTarget c : t.coverageTargets()) {
                if (!isLocal(c.clause())) continue;
                checkQuote(c.clause(), t.key() + ".coverageTargets");
                assertQuoteHas(c.clause(), c.share() == 1.0 ? "全覆盖" : number(c.share() * 100) + "%", t.key() + " share");
                if (c.year().isPresent()) assertQuoteHas(c.clause(), String.valueOf(c.year().getAsInt()), t.key() + " year");
                checkedNumbers++;
                cited.add(c.clause().document().key());
            }
        }
        for (Indicator i : pack.indicators()) {
            for (IndicatorTarget target : i.targets()) {
                if (!isLocal(target.clause())) continue;
                checkQuote(target.clause(), i.key() + ".targets");
                String n = number(target.value());
                Pattern standalone = Pattern.compile("(?<![0-9.])" + Pattern.quote(n) + "(?![0-9.])");
                assertTrue(standalone.matcher(target.clause().zh()).find(),
                        i.key() + ": target " + n + " not in the quoted text '" + target.clause().zh() + "'");
                if (target.year().isPresent()) {
                    assertQuoteHas(target.clause(), String.valueOf(target.year().getAsInt()), i.key() + " year");
                }
                checkedNumbers++;
                cited.add(target.clause().document().key());
            }
        }
        assertEquals(SEEDS.keySet(), cited, "every seed plan is cited at least once");
        assertTrue(checkedNumbers >= 15, "numbers checked: " + checkedNumbers);
    }

    @Test
    void aMisquotedClauseWouldBeCaught() throws IOException {
        Clause real = pack.getType("elder_care").clause();
        Clause wrong = new Clause(real.document(), real.section(), "在全市打造10分钟“为老服务便民圈”", real.en());
        assertTrue(inSeed(real), "the real quote is found");
        assertTrue(!inSeed(wrong), "a changed number is not found");
    }

    private static boolean isLocal(Clause clause) {
        return clause.document().kind().equals("local_plan");
    }

    private void checkQuote(Clause clause, String where) throws IOException {
        if (!inSeed(clause)) {
            fail(where + ": '" + clause.zh() + "' not found in " + SEEDS.get(clause.document().key())
                    + " (" + clause.citation() + ")");
        }
    }

    private boolean inSeed(Clause clause) throws IOException {
        String text = seed(clause.document().key());
        int from = 0;
        for (String fragment : clause.zh().split("…")) {
            int at = text.indexOf(normalise(fragment), from);
            if (at < 0) return false;
            from = at + normalise(fragment).length();
        }
        return true;
    }

    private static void assertQuoteHas(Clause clause, String expected, String what) {
        assertTrue(normalise(clause.zh()).contains(normalise(expected)),
                what + ": '" + expected + "' not in the quoted text '" + clause.zh() + "'");
    }

    private String seed(String docKey) throws IOException {
        String cached = seedText.get(docKey);
        if (cached != null) return cached;
        Path file = sharedDir().resolve("seeds").resolve(SEEDS.get(docKey));
        String text = normalise(Files.readString(file, StandardCharsets.UTF_8));
        seedText.put(docKey, text);
        return text;
    }

    static Path sharedDir() {
        String prop = System.getProperty("lifecircle.shared");
        return prop != null ? Path.of(prop) : Path.of("../shared");
    }

    private static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        List<Integer> keep = new ArrayList<>();
        n.codePoints().filter(c -> !Character.isWhitespace(c) && c != '|' && c != 0x3000).forEach(keep::add);
        StringBuilder sb = new StringBuilder(keep.size());
        keep.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
