package org.lifecircle.coverage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifecircle.coverage.Catchment;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Gap;
import org.lifecircle.coverage.PerCapitaCheck;
import org.lifecircle.coverage.PlaceCoverage;
import org.lifecircle.coverage.Places;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TargetProgress;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;

/**
 * {@code report.html}: a self-contained page (inline CSS, the map as an embedded PNG, no
 * scripts, opens offline) from the template {@code report.html} next to this class, whose
 * {@code {{slot}}} markers are filled with escaped HTML: coverage per type and admin unit,
 * target progress, per-capita standards met or short with their clauses, villages lacking
 * services, the largest gaps, catchments and 2SFCA ratios. The page says in a banner whether
 * times are network or straight-line. O(types × (units + facilities) + villages + cells) (the map).
 */
public final class ReportHtml {

    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final int GAPS_SHOWN = 10;
    private static final int CATCHMENTS_SHOWN = 15;

    private ReportHtml() {
    }

    public static void write(Evaluation evaluation, Path file) {
        String html = render(evaluation);
        OutputFiles.writeText(file, out -> out.write(html));
    }

    static String render(Evaluation e) {
        Map<String, String> slots = new LinkedHashMap<>();
        Study study = e.study();
        DemandCells cells = study.demand();
        slots.put("title", esc(study.name()));
        slots.put("summaryLine", esc(String.format(Locale.ROOT, "%d demand cells, population %s, aged 60+ %s, %d facility types",
                cells.size(), Numbers.people(total(cells, DemandLayer.TOTAL)), Numbers.people(total(cells, DemandLayer.ELDERLY)),
                e.types().size())));
        slots.put("banner", banner(e));
        slots.put("notes", notes(study));
        slots.put("mapPng", Base64.getEncoder().encodeToString(MapPicture.png(e)));
        slots.put("typeTable", typeTable(e));
        slots.put("targetTable", targetTable(e));
        slots.put("unitTables", unitTables(e));
        slots.put("standards", standards(e));
        slots.put("villages", villages(e));
        slots.put("gaps", gaps(e));
        slots.put("catchments", catchments(e));
        slots.put("footer", esc("LifeCircle · travel time: " + e.travelTime() + " · evaluated in " + e.runtimeMillis()
                + " ms · covered = time to the nearest facility of the type ≤ its threshold (DESIGN.md travel-time contract)"));
        Matcher m = SLOT.matcher(template());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) throw new IllegalStateException("report template slot {{" + m.group(1) + "}} has no value");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String template() {
        try (InputStream in = ReportHtml.class.getResourceAsStream("report.html")) {
            if (in == null) throw new IllegalStateException("report.html template missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static double total(DemandCells cells, DemandLayer layer) {
        return cells.has(layer) ? cells.total(layer) : Double.NaN;
    }

    private static String banner(Evaluation e) {
        Study s = e.study();
        if (e.networkBased()) {
            String net = s.network() == null ? "" : String.format(Locale.ROOT, " — %,d nodes, %,d edges", s.network().nodeCount(),
                    s.network().edgeCount());
            String off = e.offNetworkCells() == 0 ? "every demand cell lies within the snap distance of a road"
                    : String.format(Locale.ROOT, "%,d cells (%s people) lie beyond the snap distance and count as not covered",
                            e.offNetworkCells(), Numbers.people(e.offNetworkPopulation()));
            return "<div class=\"banner network\">路网通行时间 Travel time over the road network: " + esc(s.networkSource() + net)
                    + ". " + esc(off) + ".</div>";
        }
        return "<div class=\"banner straight\">直线距离回退 STRAIGHT-LINE FALLBACK: no road network was given, times are "
                + "straight-line distances walked at each type's speed. Coverage is overstated where streets detour.</div>";
    }

    private static String notes(Study study) {
        if (study.notes().isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<ul class=\"notes\">");
        for (String n : study.notes()) sb.append("<li>").append(esc(n)).append("</li>");
        return sb.append("</ul>").toString();
    }

    private static String typeTable(Evaluation e) {
        StringBuilder sb = new StringBuilder("<table><tr><th>类型 Type</th><th>阈值 Threshold</th><th>速度 Speed</th>"
                + "<th>需求 Demand</th><th>设施 Facilities</th><th>需求人口 Demand population</th><th>覆盖 Covered</th>"
                + "<th>覆盖率 Share</th><th>总人口覆盖率 Total pop.</th><th>60+ 覆盖率</th><th>不可达 Unreached</th>"
                + "<th>依据 Clause</th></tr>");
        for (TypeResult r : e.types()) {
            TypeSpec t = r.type();
            Counts c = r.overall();
            sb.append("<tr><td><b>").append(esc(t.label())).append("</b><br><span class=\"cite\">").append(esc(t.key()))
                    .append("</span></td>");
            sb.append(num(Numbers.compact(t.thresholdMinutes(), 1) + " min"
                    + (t.hasRadius() ? " / " + Numbers.compact(t.radiusMeters(), 0) + " m" : "")));
            sb.append(num(Numbers.compact(t.speedKmh(), 2) + " km/h"));
            sb.append("<td>").append(t.demand() == DemandLayer.ELDERLY ? "60岁及以上 aged 60+" : "总人口 everyone").append("</td>");
            sb.append(num(Integer.toString(r.sites().size())
                    + (r.offNetworkFacilities() > 0 ? " (" + r.offNetworkFacilities() + " off-network)" : "")));
            sb.append(num(Numbers.people(c.demand()))).append(num(Numbers.people(c.demandCovered())));
            sb.append("<td class=\"num\"><b>").append(Numbers.percent(c.share())).append("</b></td>");
            sb.append(num(Numbers.percent(c.populationShare()))).append(num(Numbers.percent(c.elderlyShare())));
            sb.append(num(Numbers.people(c.demandUnreached())));
            sb.append("<td class=\"cite\">").append(esc(t.thresholdClause().citation())).append("<br>")
                    .append(esc(t.thresholdClause().zh())).append("</td></tr>");
        }
        return sb.append("</table>").toString();
    }

    private static String targetTable(Evaluation e) {
        StringBuilder sb = new StringBuilder("<table><tr><th>类型 Type</th><th>范围 Scope</th><th>目标 Target</th>"
                + "<th>年份 Year</th><th>现状 Achieved</th><th>进度 Progress</th><th>结论 Result</th><th>差距 Shortfall</th>"
                + "<th>依据 Clause</th></tr>");
        int rows = 0;
        for (TypeResult r : e.types()) {
            for (TargetProgress p : r.targets()) {
                rows++;
                sb.append("<tr><td>").append(esc(r.type().label())).append("</td><td>").append(scope(p)).append("</td>");
                sb.append(num(Numbers.percent(p.targetShare())));
                sb.append(num(p.year().isPresent() ? Integer.toString(p.year().getAsInt()) : "–"));
                sb.append(num(Numbers.percent(p.achieved()))).append(num(Numbers.percent(p.progress())));
                if (Double.isNaN(p.achieved())) {
                    sb.append("<td class=\"na\">未评估 not evaluated: ").append(esc(p.note())).append("</td><td></td>");
                } else {
                    sb.append(p.met() ? "<td class=\"ok\">达标 met</td>" : "<td class=\"short\">未达标 short</td>");
                    sb.append(num(p.met() ? "" : Numbers.people(p.shortfall()) + " " + unit(p)));
                }
                sb.append("<td class=\"cite\">").append(esc(p.target().clause().citation())).append("<br>")
                        .append(esc(p.target().clause().zh())).append("</td></tr>");
            }
        }
        if (rows == 0) return "<p class=\"na\">No coverage targets for the evaluated types.</p>";
        return sb.append("</table>").toString();
    }

    private static String scope(TargetProgress p) {
        return switch (p.scope()) {
            case POPULATION -> "人口 people";
            case UNITS -> "行政单元 admin units";
            case VILLAGES -> "行政村 villages";
        };
    }

    private static String unit(TargetProgress p) {
        return switch (p.scope()) {
            case POPULATION -> "people";
            case UNITS -> "units";
            case VILLAGES -> "villages";
        };
    }

    private static String unitTables(Evaluation e) {
        if (e.study().unitLevels().isEmpty()) return "<p class=\"na\">No admin units in the project.</p>";
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < e.study().unitLevels().size(); l++) {
            Study.UnitLevel level = e.study().unitLevels().get(l);
            AdminUnits units = level.units();
            sb.append("<h3>").append(esc(levelName(level.level()))).append(" (").append(units.size()).append(")</h3>");
            sb.append("<table><tr><th>单元 Unit</th><th>人口 Population</th><th>60+</th>");
            for (TypeResult r : e.types()) sb.append("<th>").append(esc(r.type().key())).append("</th>");
            sb.append("</tr>");
            for (int u = 0; u < units.size(); u++) {
                sb.append("<tr><td>").append(esc(units.name(u))).append(" <span class=\"cite\">").append(esc(units.id(u)))
                        .append("</span></td>");
                Counts first = e.types().isEmpty() ? null : e.types().get(0).byLevel().get(l).group(u);
                sb.append(num(first == null ? "" : Numbers.people(first.population())));
                sb.append(num(first == null ? "" : Numbers.people(first.elderly())));
                for (TypeResult r : e.types()) sb.append(shareCell(r.byLevel().get(l).group(u).share()));
                sb.append("</tr>");
            }
            Counts outside = e.types().isEmpty() ? null : e.types().get(0).byLevel().get(l).outside();
            if (outside != null && outside.cells() > 0) {
                sb.append("<tr><td><i>单元之外 outside all units</i></td>").append(num(Numbers.people(outside.population())))
                        .append(num(Numbers.people(outside.elderly())));
                for (TypeResult r : e.types()) sb.append(shareCell(r.byLevel().get(l).outside().share()));
                sb.append("</tr>");
            }
            sb.append("</table>");
        }
        return sb.toString();
    }

    private static String levelName(String level) {
        return switch (level) {
            case "community" -> "社区 Communities";
            case "street" -> "街道 Streets";
            case "township" -> "乡镇 Townships";
            case "village" -> "行政村 Villages";
            default -> level;
        };
    }

    private static String shareCell(double share) {
        if (!Double.isFinite(share)) return "<td class=\"num na\">–</td>";
        int green = (int) Math.round(155 + 100 * share);
        int red = (int) Math.round(255 - 60 * share);
        return String.format(Locale.ROOT, "<td class=\"num\" style=\"background:rgb(%d,%d,200)\">%s</td>", red, green,
                Numbers.percent(share));
    }

    private static String standards(Evaluation e) {
        if (e.perCapita().isEmpty()) return "<p class=\"na\">No per-capita indicator applies to these facilities.</p>";
        StringBuilder sb = new StringBuilder("<table><tr><th>指标 Indicator</th><th>范围 Area</th><th>设施 Facilities</th>"
                + "<th>合计 Measure</th><th>人口 Population</th><th>现状 Value</th><th>目标 Target</th><th>结论 Result</th>"
                + "<th>依据 Clause</th></tr>");
        for (PerCapitaCheck.Result r : e.perCapita()) {
            for (int k = 0; k < r.targets().size(); k++) {
                PerCapitaCheck.TargetCheck t = r.targets().get(k);
                sb.append("<tr>");
                if (k == 0) {
                    int span = r.targets().size();
                    sb.append("<td rowspan=\"").append(span).append("\">").append(esc(r.indicator().nameZh())).append("<br>")
                            .append("<span class=\"cite\">").append(esc(r.indicator().nameEn())).append("</span></td>");
                    sb.append("<td rowspan=\"").append(span).append("\">")
                            .append(esc(r.unitId() == null ? "全域 study area" : r.unitName() + " (" + r.level() + ")"))
                            .append("</td>");
                    sb.append("<td class=\"num\" rowspan=\"").append(span).append("\">").append(r.facilities())
                            .append(r.missing() > 0 ? " (" + r.missing() + " without value)" : "").append("</td>");
                    sb.append("<td class=\"num\" rowspan=\"").append(span).append("\">")
                            .append(esc(Numbers.compact(r.measureSum(), 1) + " " + measureUnit(r))).append("</td>");
                    sb.append("<td class=\"num\" rowspan=\"").append(span).append("\">").append(Numbers.people(r.population()))
                            .append("</td>");
                    sb.append("<td class=\"num\" rowspan=\"").append(span).append("\">")
                            .append(esc(Numbers.compact(r.value(), 3) + " " + r.indicator().unit().symbolZh())).append("</td>");
                }
                sb.append(num(Numbers.compact(t.target(), 3) + (t.year().isPresent() ? " (" + t.year().getAsInt() + ")" : "")));
                if (Double.isNaN(r.value())) sb.append("<td class=\"na\">无人口 no population</td>");
                else if (t.met()) sb.append("<td class=\"ok\">达标 met</td>");
                else sb.append("<td class=\"short\">未达标 short by ").append(esc(Numbers.compact(t.shortBy(), 1) + " "
                        + measureUnit(r))).append("</td>");
                sb.append("<td class=\"cite\">").append(esc(t.citation())).append("</td></tr>");
            }
        }
        return sb.append("</table>").toString();
    }

    private static String measureUnit(PerCapitaCheck.Result r) {
        return switch (r.indicator().measure()) {
            case AREA_M2 -> "m²";
            case CAPACITY -> "places";
        };
    }

    private static String villages(Evaluation e) {
        Places villages = e.study().villages();
        if (villages == null) return "<p class=\"na\">No villages in the project.</p>";
        List<TypeResult> required = e.types().stream().filter(r -> r.villages() != null).toList();
        StringBuilder sb = new StringBuilder("<p>");
        for (TypeResult r : required) {
            sb.append(esc(r.type().label())).append(": ").append(r.villages().served()).append(" / ")
                    .append(villages.size()).append(" villages served (").append(Numbers.percent(r.villages().share()))
                    .append(")<br>");
        }
        sb.append("</p>");
        List<String> rows = new ArrayList<>();
        for (int p = 0; p < villages.size(); p++) {
            StringBuilder row = new StringBuilder();
            boolean lacking = false;
            for (TypeResult r : required) {
                PlaceCoverage.Status s = r.villages().places().get(p);
                if (s.served()) continue;
                lacking = true;
                row.append(esc(r.type().key())).append(" — nearest ")
                        .append(s.nearest() >= 0 ? esc(r.sites().name(s.nearest())) + ", "
                                + Numbers.compact(s.nearestSeconds() / 60, 1) + " min" : "none reachable")
                        .append("<br>");
            }
            if (lacking) {
                rows.add("<tr><td>" + esc(villages.name(p)) + " <span class=\"cite\">" + esc(villages.id(p)) + "</span></td><td>"
                        + row + "</td></tr>");
            }
        }
        if (rows.isEmpty()) return sb.append("<p class=\"ok\">Every village has every required service.</p>").toString();
        sb.append("<table><tr><th>村 Village</th><th>缺少 Missing (nearest facility)</th></tr>");
        rows.forEach(sb::append);
        return sb.append("</table>").toString();
    }

    private static String gaps(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        for (TypeResult r : e.types()) {
            sb.append("<h3>").append(esc(r.type().label())).append(" — ").append(r.gaps().gapCount()).append(" gaps, ")
                    .append(Numbers.people(r.gaps().uncoveredDemand())).append(" ")
                    .append(r.type().demand() == DemandLayer.ELDERLY ? "people aged 60+" : "people").append(" not covered</h3>");
            if (r.gaps().gaps().isEmpty()) continue;
            sb.append("<table><tr><th>#</th><th>格网 Cells</th><th>未覆盖 Uncovered</th><th>总人口 Population</th>"
                    + "<th>中心 Centre (lon, lat)</th><th>最近设施 Nearest facility</th></tr>");
            for (Gap g : r.gaps().gaps().subList(0, Math.min(GAPS_SHOWN, r.gaps().gaps().size()))) {
                sb.append("<tr>").append(num(Integer.toString(g.rank()))).append(num(Integer.toString(g.cellCount())))
                        .append(num(Numbers.people(g.demand()))).append(num(Numbers.people(g.population())))
                        .append(num(Numbers.fixed(g.centroidLon(), 5) + ", " + Numbers.fixed(g.centroidLat(), 5)))
                        .append(num(Double.isFinite(g.minSeconds()) ? Numbers.compact(g.minSeconds() / 60, 1) + " min"
                                : "unreachable"))
                        .append("</tr>");
            }
            sb.append("</table>");
        }
        return sb.toString();
    }

    private static String catchments(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        for (TypeResult r : e.types()) {
            double[] demand = e.study().demand().values(r.type().demand());
            var f = r.floatingCatchment();
            sb.append("<h3>").append(esc(r.type().label())).append("</h3><p>2SFCA supply: ").append(esc(f.supply().unit()))
                    .append("; mean accessibility ").append(Numbers.compact(f.meanAccessibility(demand) * 1000, 3))
                    .append(" ").append(esc(f.supply().unit())).append(" per 1,000 people in reach.</p>");
            List<Catchment> sorted = new ArrayList<>(r.catchments());
            sorted.sort(Comparator.comparingDouble((Catchment c) -> -c.demand()));
            if (sorted.isEmpty()) continue;
            sb.append("<table><tr><th>设施 Facility</th><th>最近服务人口 Serves (nearest)</th><th>其中阈值内 Within threshold</th>"
                    + "<th>60+</th><th>最远 Farthest</th><th>阈值内需求 Demand in reach</th><th>供需比 Supply per 1,000</th></tr>");
            for (Catchment c : sorted.subList(0, Math.min(CATCHMENTS_SHOWN, sorted.size()))) {
                sb.append("<tr><td>").append(esc(c.facilityName())).append(" <span class=\"cite\">").append(esc(c.facilityId()))
                        .append("</span></td>").append(num(Numbers.people(c.demand()))).append(num(Numbers.people(c.demandWithin())))
                        .append(num(Numbers.people(c.elderly())))
                        .append(num(Double.isFinite(c.maxSeconds()) ? Numbers.compact(c.maxSeconds() / 60, 1) + " min" : "–"))
                        .append(num(Numbers.people(f.demandInReach()[c.facility()])))
                        .append(num(Numbers.compact(f.ratio()[c.facility()] * 1000, 3))).append("</tr>");
            }
            sb.append("</table>");
        }
        return sb.toString();
    }

    private static String num(String text) {
        return "<td class=\"num\">" + esc(text) + "</td>";
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
