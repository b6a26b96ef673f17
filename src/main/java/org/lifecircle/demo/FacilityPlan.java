package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Places the demo's public facilities beside public roads (12–35 m off a junction), by district
 * and count: many in the old town, fewer and with gaps in the new districts, fewest across the
 * river and in the villages; one community service centre per community. Facilities of one type
 * keep a minimum spacing. O(facilities · nodes).
 */
final class FacilityPlan {

    /** A kind of facility within a type: name suffix, floor area and capacity ranges (capacity 0 = none). */
    private record Variant(String suffix, int minArea, int maxArea, int minCapacity, int maxCapacity) {
    }

    /** How many facilities of a type go into a district, with their minimum spacing and variants. */
    private record Quota(String type, District district, int count, double spacingMeters, List<Variant> variants) {
    }

    private static final List<Variant> FITNESS = List.of(new Variant("健身广场", 600, 2500, 0, 0),
            new Variant("全民健身路径", 200, 800, 0, 0), new Variant("健身中心", 500, 1500, 0, 0),
            new Variant("笼式球场", 600, 1200, 0, 0));
    private static final List<Variant> VILLAGE_FITNESS = List.of(new Variant("健身广场", 300, 800, 0, 0));
    private static final List<Variant> ELDER_CARE = List.of(new Variant("日间照料中心", 400, 1000, 20, 50),
            new Variant("养老服务站", 150, 400, 8, 20));
    private static final List<Variant> VILLAGE_ELDER_CARE = List.of(new Variant("养老服务站", 120, 300, 8, 15));
    private static final List<Variant> CLINIC = List.of(new Variant("社区卫生服务站", 150, 600, 0, 0));
    private static final List<Variant> VILLAGE_CLINIC = List.of(new Variant("卫生室", 60, 150, 0, 0));
    private static final List<Variant> KINDERGARTEN = List.of(new Variant("幼儿园", 1500, 4000, 90, 360));
    private static final List<Variant> VILLAGE_KINDERGARTEN = List.of(new Variant("幼儿园", 800, 2000, 60, 120));
    private static final List<Variant> SCHOOL = List.of(new Variant("小学", 12000, 30000, 900, 2400));
    private static final List<Variant> VILLAGE_SCHOOL = List.of(new Variant("中心小学", 8000, 15000, 300, 600));
    private static final List<Variant> VILLAGE_SERVICE = List.of(new Variant("党群服务中心", 200, 600, 0, 0));

    private static final List<Quota> QUOTAS = List.of(
            new Quota("fitness", District.OLD_TOWN, 8, 350, FITNESS),
            new Quota("fitness", District.MIXED, 2, 350, FITNESS),
            new Quota("fitness", District.NEW_NORTH, 3, 450, FITNESS),
            new Quota("fitness", District.NEW_SOUTH, 1, 450, FITNESS),
            new Quota("fitness", District.VILLAGE, 4, 1500, VILLAGE_FITNESS),
            new Quota("elder_care", District.OLD_TOWN, 4, 500, ELDER_CARE),
            new Quota("elder_care", District.MIXED, 1, 500, ELDER_CARE),
            new Quota("elder_care", District.NEW_NORTH, 2, 600, ELDER_CARE),
            new Quota("elder_care", District.VILLAGE, 3, 1500, VILLAGE_ELDER_CARE),
            new Quota("clinic", District.OLD_TOWN, 3, 500, CLINIC),
            new Quota("clinic", District.MIXED, 1, 500, CLINIC),
            new Quota("clinic", District.NEW_NORTH, 2, 600, CLINIC),
            new Quota("clinic", District.NEW_SOUTH, 1, 600, CLINIC),
            new Quota("clinic", District.VILLAGE, 7, 1500, VILLAGE_CLINIC),
            new Quota("kindergarten", District.OLD_TOWN, 3, 400, KINDERGARTEN),
            new Quota("kindergarten", District.MIXED, 1, 400, KINDERGARTEN),
            new Quota("kindergarten", District.NEW_NORTH, 3, 400, KINDERGARTEN),
            new Quota("kindergarten", District.NEW_SOUTH, 1, 400, KINDERGARTEN),
            new Quota("kindergarten", District.VILLAGE, 2, 1500, VILLAGE_KINDERGARTEN),
            new Quota("primary_school", District.OLD_TOWN, 2, 800, SCHOOL),
            new Quota("primary_school", District.NEW_NORTH, 1, 800, SCHOOL),
            new Quota("primary_school", District.NEW_SOUTH, 1, 800, SCHOOL),
            new Quota("primary_school", District.VILLAGE, 1, 800, VILLAGE_SCHOOL),
            new Quota("community_service", District.VILLAGE, 6, 1500, VILLAGE_SERVICE));

    private static final String[] ID_PREFIX_TYPES = {"fitness", "elder_care", "clinic", "kindergarten",
        "primary_school", "community_service"};
    private static final String[] ID_PREFIXES = {"FIT", "ELD", "CLI", "KIN", "PRI", "COM"};

    private final RoadSketch roads;
    private final River river;
    private final TownLayout layout;
    private final VillageSites villages;
    private final AdminAreas areas;
    private final GeometryFactory gf;
    private final Random rnd;
    private final List<TownRoads.Park> parks;
    private final boolean[] publicNode;
    private final District[] nodeDistrict;
    private final List<DemoFacility> facilities = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final int[] perType = new int[ID_PREFIX_TYPES.length];

    FacilityPlan(RoadSketch roads, River river, TownLayout layout, VillageSites villages, AdminAreas areas,
            List<TownRoads.Park> parks, GeometryFactory gf, Random rnd) {
        this.roads = roads;
        this.river = river;
        this.layout = layout;
        this.villages = villages;
        this.areas = areas;
        this.gf = gf;
        this.rnd = rnd;
        this.parks = parks;
        this.publicNode = new boolean[roads.nodeCount()];
        for (RoadSketch.Road r : roads.roads()) {
            if (r.access() == null && !r.bridge()) {
                publicNode[r.from()] = true;
                publicNode[r.to()] = true;
            }
        }
        this.nodeDistrict = new District[roads.nodeCount()];
        for (int n = 0; n < roads.nodeCount(); n++) nodeDistrict[n] = districtOf(roads.x(n), roads.y(n));
    }

    District districtOf(double x, double y) {
        if (TownLayout.inTown(x, y)) return layout.districtAt(x, y);
        VillageSites.Site s = villages.nearest(x, y);
        return StrictMath.hypot(s.x() - x, s.y() - y) <= 250 ? District.VILLAGE : District.RURAL;
    }

    List<DemoFacility> place() {
        for (String type : ID_PREFIX_TYPES) {
            for (Quota q : QUOTAS) {
                if (q.type().equals(type)) placeQuota(q);
            }
            if (type.equals("community_service")) {
                for (AdminAreas.Unit c : areas.communities()) communityCentre(c);
            }
            if (type.equals("elder_care")) {
                add("elder_care", nearestPublicNode(1800, 1500, District.OUTSKIRTS), "示范县社会福利中心", 9000, 200);
            }
            if (type.equals("fitness")) {
                for (TownRoads.Park p : parks) {
                    add("fitness", nearestPublicNode(p.x(), p.y(), null), p.name() + "健身步道",
                            2000 + 500 * rnd.nextInt(7), 0);
                }
            }
        }
        return facilities;
    }

    private void placeQuota(Quota q) {
        List<Integer> candidates = new ArrayList<>();
        for (int n = 0; n < roads.nodeCount(); n++) {
            if (publicNode[n] && nodeDistrict[n] == q.district()) candidates.add(n);
        }
        Collections.shuffle(candidates, rnd);
        int placed = 0;
        Set<Integer> usedVillages = new HashSet<>();
        for (int n : candidates) {
            if (placed == q.count()) break;
            if (tooClose(q.type(), roads.x(n), roads.y(n), q.spacingMeters())) continue;
            if (q.district() == District.VILLAGE) {
                int v = villages.nearest(roads.x(n), roads.y(n)).index();
                if (!usedVillages.add(v)) continue;
            }
            Variant v = q.variants().get(rnd.nextInt(q.variants().size()));
            int area = v.minArea() + 10 * rnd.nextInt((v.maxArea() - v.minArea()) / 10 + 1);
            int capacity = v.maxCapacity() == 0 ? 0
                    : v.minCapacity() + rnd.nextInt(v.maxCapacity() - v.minCapacity() + 1);
            if (q.type().equals("kindergarten")) capacity = 30 * (capacity / 30);
            add(q.type(), n, name(n, v.suffix()), area, capacity);
            placed++;
        }
        if (placed < q.count()) {
            throw new IllegalStateException("only " + placed + " of " + q.count() + " " + q.type() + " sites in "
                    + q.district());
        }
    }

    private boolean tooClose(String type, double x, double y, double spacing) {
        for (DemoFacility f : facilities) {
            if (f.type().equals(type) && StrictMath.hypot(f.x() - x, f.y() - y) < spacing) return true;
        }
        return false;
    }

    /**
     * A facility name: the community (town) or village (countryside) plus the suffix; if taken, the
     * street at the node plus the suffix; if that is taken too, a number is added.
     */
    private String name(int node, String suffix) {
        double x = roads.x(node);
        double y = roads.y(node);
        AdminAreas.Unit c = areas.communityAt(gf, x, y);
        String place = c != null ? c.name() : villages.nearest(x, y).name();
        String name = place.endsWith("社区") && suffix.startsWith("社区") ? place + suffix.substring(2) : place + suffix;
        if (!names.contains(name)) return name;
        for (RoadSketch.Road r : roads.roads()) {
            boolean street = !r.highway().equals("footway") && !r.highway().equals("service") && !r.bridge();
            if (street && r.name() != null && (r.from() == node || r.to() == node)
                    && !names.contains(r.name() + suffix)) {
                return r.name() + suffix;
            }
        }
        return name;
    }

    private void communityCentre(AdminAreas.Unit c) {
        var p = c.area().getInteriorPoint();
        int n = nearestPublicNode(p.getX(), p.getY(), null);
        add("community_service", n, c.name() + "服务中心", 300 + 50 * rnd.nextInt(19), 0);
    }

    private int nearestPublicNode(double x, double y, District district) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int n = 0; n < roads.nodeCount(); n++) {
            if (!publicNode[n] || (district != null && nodeDistrict[n] != district)) continue;
            double d = StrictMath.hypot(roads.x(n) - x, roads.y(n) - y);
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        if (best < 0) throw new IllegalStateException("no public road node for a facility near " + x + ", " + y);
        return best;
    }

    /** Adds a facility beside the road at the node. */
    private void add(String type, int node, String name, int areaM2, int capacity) {
        double[] p = beside(node);
        int t = Arrays.asList(ID_PREFIX_TYPES).indexOf(type);
        String id = String.format("%s-%03d", ID_PREFIXES[t], ++perType[t]);
        facilities.add(new DemoFacility(id, p[0], p[1], type, unique(names, name), areaM2, capacity));
    }

    private static String unique(Set<String> taken, String name) {
        String unique = name;
        for (int k = 2; !taken.add(unique); k++) unique = name + k + "号";
        return unique;
    }

    /** A point 12–35 m to one side of a road at the node (the node itself if both sides are water). */
    private double[] beside(int node) {
        double nx = roads.x(node);
        double ny = roads.y(node);
        double[] dir = roadDirection(node);
        double offset = 12 + 23 * rnd.nextDouble();
        double side = rnd.nextBoolean() ? 1 : -1;
        double px = nx - dir[1] * offset * side;
        double py = ny + dir[0] * offset * side;
        if (river.isWater(px, py, 5)) {
            px = nx + dir[1] * offset * side;
            py = ny - dir[0] * offset * side;
        }
        if (river.isWater(px, py, 5)) {
            px = nx;
            py = ny;
        }
        return new double[] {px, py};
    }

    /**
     * Candidate sites for new facilities (for the siting demo): up to {@code max} public junctions
     * in the built-up districts and the villages, at least 250 m apart and 150 m from every
     * existing facility, placed beside the road like facilities. Call after {@link #place()}.
     */
    List<DemoFacility> candidates(int max) {
        Set<District> built = Set.of(District.OLD_TOWN, District.MIXED, District.NEW_NORTH, District.NEW_SOUTH,
                District.VILLAGE);
        List<Integer> nodes = new ArrayList<>();
        for (int n = 0; n < roads.nodeCount(); n++) {
            if (publicNode[n] && built.contains(nodeDistrict[n])) nodes.add(n);
        }
        Collections.shuffle(nodes, rnd);
        List<DemoFacility> sites = new ArrayList<>();
        Set<String> siteNames = new HashSet<>();
        for (int n : nodes) {
            if (sites.size() == max) break;
            double x = roads.x(n);
            double y = roads.y(n);
            if (near(sites, x, y, 250) || near(facilities, x, y, 150)) continue;
            double[] p = beside(n);
            String id = String.format("CAND-%03d", sites.size() + 1);
            sites.add(new DemoFacility(id, p[0], p[1], "candidate", unique(siteNames, name(n, "备选地块")), 0, 0));
        }
        return sites;
    }

    private static boolean near(List<DemoFacility> list, double x, double y, double meters) {
        for (DemoFacility f : list) if (StrictMath.hypot(f.x() - x, f.y() - y) < meters) return true;
        return false;
    }

    private double[] roadDirection(int node) {
        for (RoadSketch.Road r : roads.roads()) {
            if (r.access() != null || (r.from() != node && r.to() != node)) continue;
            double[] p = roads.polyline(r);
            double dx;
            double dy;
            if (r.from() == node) {
                dx = p[2] - p[0];
                dy = p[3] - p[1];
            } else {
                dx = p[p.length - 4] - p[p.length - 2];
                dy = p[p.length - 3] - p[p.length - 1];
            }
            double len = StrictMath.hypot(dx, dy);
            if (len > 0) return new double[] {dx / len, dy / len};
        }
        return new double[] {1, 0};
    }
}
