package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Draws the town's streets into a {@link RoadSketch}: the arterial grid (split at every junction,
 * bridges over the river on three columns) and the inside of every block by its {@link BlockKind}:
 * jittered old-town lanes with dead ends and alleys, 1990s residential streets, gated compounds
 * reached only through their gates, parks with loop paths. Streets inside a block meet the
 * arterials at junction nodes inserted on the block sides. O(blocks).
 */
final class TownRoads {

    private static final String[] LANE_PREFIXES = {"鼓楼", "石板", "井头", "打铁", "米行", "杨柳", "书院", "油坊", "竹篮",
        "盐仓", "学前", "大井", "仓前", "状元", "水井", "染坊", "豆腐", "钟楼", "花园", "土地", "磨坊", "官塘", "府学", "城隍",
        "文昌", "天后", "关帝", "紫阳", "古井", "柴市", "箭道", "衙前", "牌坊", "槐树", "梧桐", "银杏"};
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] STREET_NAMES = {"育新路", "建设路", "兴业路", "康乐路", "前进路", "团结路", "民主路",
        "新华路", "胜利路", "东升路", "红旗路", "劳动路", "卫生路", "粮站路", "电厂路", "供销路"};
    private static final String[] COMPOUND_NAMES = {"锦绣花园", "阳光小区", "翠苑", "金色家园", "紫金城", "御景湾", "书香苑",
        "滨江一品", "东方名城", "凤凰城", "桂花园", "碧水云天", "幸福里", "世纪花园", "清溪华府", "学府名邸", "龙湖春天",
        "新安家园", "和谐家园", "名仕豪庭", "丽景苑", "君悦府", "玉兰苑", "香樟园", "公园壹号", "天誉城", "星河湾", "怡景苑",
        "锦江苑", "银杏苑", "文昌府", "嘉禾苑", "润园", "泰和园", "瑞景苑", "万家苑", "康乐苑", "华庭", "盛世名门",
        "绿洲花园", "福星小区", "枫丹苑", "海棠湾", "馨园", "天悦湾", "春晖苑", "水岸华庭", "金桂苑"};
    private static final String[] BRANCH_NAMES = {"兴城支路", "新苑路", "锦华路", "翠竹路", "樱花路", "丹桂路", "紫荆路",
        "芙蓉路", "玉兰路", "海棠路", "蔷薇路", "石榴路", "枫林路", "香樟路"};
    private static final String[] PARK_NAMES = {"人民公园", "东湖公园", "文昌公园", "南湖公园", "体育公园", "儿童公园",
        "湿地公园", "植物园"};
    private static final String[] GATE_SIDES = {"南门", "东门", "北门", "西门"};

    private final TownLayout layout;
    private final River river;
    private final Random rnd;
    private final RoadSketch sketch;
    private final int[] gridNode = new int[(TownLayout.BLOCKS_X + 1) * (TownLayout.BLOCKS_Y + 1)];
    /** Horizontal sides: (i, j)–(i+1, j); vertical sides: (i, j)–(i, j+1). */
    private final Side[] horizontal = new Side[TownLayout.BLOCKS_X * (TownLayout.BLOCKS_Y + 1)];
    private final Side[] vertical = new Side[(TownLayout.BLOCKS_X + 1) * TownLayout.BLOCKS_Y];
    private int compounds;
    private final List<Park> parks = new ArrayList<>();
    private int laneNames;
    private int streetNames;

    /** A park: its name and centre (local metres). */
    record Park(String name, double x, double y) {
    }

    private static final class Side {
        final int from;
        final int to;
        final List<double[]> attachments = new ArrayList<>();

        Side(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    TownRoads(TownLayout layout, River river, Random rnd, RoadSketch sketch) {
        this.layout = layout;
        this.river = river;
        this.rnd = rnd;
        this.sketch = sketch;
    }

    void build() {
        for (int j = 0; j <= TownLayout.BLOCKS_Y; j++) {
            for (int i = 0; i <= TownLayout.BLOCKS_X; i++) {
                gridNode[TownLayout.node(i, j)] = sketch.node(layout.nodeX(i, j), layout.nodeY(i, j));
            }
        }
        for (int j = 0; j <= TownLayout.BLOCKS_Y; j++) {
            for (int i = 0; i < TownLayout.BLOCKS_X; i++) {
                horizontal[j * TownLayout.BLOCKS_X + i] = new Side(grid(i, j), grid(i + 1, j));
            }
        }
        for (int j = 0; j < TownLayout.BLOCKS_Y; j++) {
            for (int i = 0; i <= TownLayout.BLOCKS_X; i++) {
                vertical[j * (TownLayout.BLOCKS_X + 1) + i] = new Side(grid(i, j), grid(i, j + 1));
            }
        }
        for (int j = 0; j < TownLayout.BLOCKS_Y; j++) {
            for (int i = 0; i < TownLayout.BLOCKS_X; i++) {
                switch (layout.kind(i, j)) {
                    case LANES -> lanes(i, j);
                    case GRID -> residentialGrid(i, j);
                    case COMPOUND -> compound(i, j, 0.1, 0.9, nextCompoundName(), true, null);
                    case TWO_COMPOUNDS -> twoCompounds(i, j);
                    case PARK -> park(i, j);
                    case OPEN -> { }
                    default -> throw new IllegalStateException();
                }
            }
        }
        arterials();
    }

    List<Park> parks() {
        return parks;
    }

    private int grid(int i, int j) {
        return gridNode[TownLayout.node(i, j)];
    }

    private Side bottom(int i, int j) {
        return horizontal[j * TownLayout.BLOCKS_X + i];
    }

    private Side top(int i, int j) {
        return horizontal[(j + 1) * TownLayout.BLOCKS_X + i];
    }

    private Side left(int i, int j) {
        return vertical[j * (TownLayout.BLOCKS_X + 1) + i];
    }

    private Side right(int i, int j) {
        return vertical[j * (TownLayout.BLOCKS_X + 1) + i + 1];
    }

    /** Junction on a block side at fraction t from its start, shared with the block on the other side. */
    private int attach(Side side, double t) {
        t = StrictMath.max(0.08, StrictMath.min(0.92, t));
        for (double[] a : side.attachments) {
            if (StrictMath.abs(a[0] - t) < 0.04) return (int) a[1];
        }
        double px = sketch.x(side.from) + t * (sketch.x(side.to) - sketch.x(side.from));
        double py = sketch.y(side.from) + t * (sketch.y(side.to) - sketch.y(side.from));
        int n = sketch.node(px, py);
        side.attachments.add(new double[] {t, n});
        return n;
    }

    /** Bilinear point of block (i, j) at fractions (u, v) from its south-west corner. */
    private double[] at(int i, int j, double u, double v) {
        double ax = layout.nodeX(i, j);
        double ay = layout.nodeY(i, j);
        double bx = layout.nodeX(i + 1, j);
        double by = layout.nodeY(i + 1, j);
        double cx = layout.nodeX(i + 1, j + 1);
        double cy = layout.nodeY(i + 1, j + 1);
        double dx = layout.nodeX(i, j + 1);
        double dy = layout.nodeY(i, j + 1);
        return new double[] {
            (1 - u) * (1 - v) * ax + u * (1 - v) * bx + u * v * cx + (1 - u) * v * dx,
            (1 - u) * (1 - v) * ay + u * (1 - v) * by + u * v * cy + (1 - u) * v * dy};
    }

    private double jitter(double amplitude) {
        return (rnd.nextDouble() * 2 - 1) * amplitude;
    }

    private String nextLaneName() {
        int k = laneNames++;
        String prefix = LANE_PREFIXES[k % LANE_PREFIXES.length];
        String suffix = (k / LANE_PREFIXES.length) % 2 == 0 ? "巷" : "街";
        int round = k / (2 * LANE_PREFIXES.length);
        return round == 0 ? prefix + suffix : prefix + ORDINALS[round % ORDINALS.length] + suffix;
    }

    private String nextStreetName() {
        return STREET_NAMES[streetNames++ % STREET_NAMES.length];
    }

    private String nextCompoundName() {
        int k = compounds++;
        String base = COMPOUND_NAMES[k % COMPOUND_NAMES.length];
        return k < COMPOUND_NAMES.length ? base : base + ORDINALS[(k / COMPOUND_NAMES.length) % ORDINALS.length] + "期";
    }

    /** Old town: 2–3 jittered lanes each way, some pieces missing (dead ends), alleys into the blocks. */
    private void lanes(int i, int j) {
        int n = 2 + rnd.nextInt(2);
        double[] us = new double[n];
        double[] vs = new double[n];
        for (int k = 0; k < n; k++) {
            us[k] = (k + 1.0) / (n + 1) + jitter(0.05);
            vs[k] = (k + 1.0) / (n + 1) + jitter(0.05);
        }
        int[][] inner = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double[] p = at(i, j, us[a], vs[b]);
                inner[a][b] = sketch.node(p[0] + jitter(12), p[1] + jitter(12));
            }
        }
        double blockMeters = TownLayout.BLOCK_METERS / (n + 1);
        for (int a = 0; a < n; a++) {
            int[] line = new int[n + 2];
            line[0] = attach(bottom(i, j), us[a]);
            for (int b = 0; b < n; b++) line[b + 1] = inner[a][b];
            line[n + 1] = attach(top(i, j), us[a]);
            laneLine(line);
        }
        for (int b = 0; b < n; b++) {
            int[] line = new int[n + 2];
            line[0] = attach(left(i, j), vs[b]);
            for (int a = 0; a < n; a++) line[a + 1] = inner[a][b];
            line[n + 1] = attach(right(i, j), vs[b]);
            laneLine(line);
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (rnd.nextDouble() < 0.4) alley(inner[a][b], blockMeters, a + b);
            }
        }
    }

    private void laneLine(int[] nodes) {
        String name = nextLaneName();
        boolean oneway = rnd.nextDouble() < 0.12;
        for (int k = 1; k < nodes.length; k++) {
            if (rnd.nextDouble() < 0.07) continue;
            sketch.bentRoad(nodes[k - 1], nodes[k], jitter(6), "residential", name, oneway);
        }
    }

    private void alley(int from, double blockMeters, int seq) {
        double angle = StrictMath.PI / 4 + StrictMath.PI / 2 * rnd.nextInt(4) + jitter(StrictMath.toRadians(12));
        double length = blockMeters * (0.3 + 0.2 * rnd.nextDouble());
        int to = sketch.node(sketch.x(from) + length * StrictMath.cos(angle),
                sketch.y(from) + length * StrictMath.sin(angle));
        String name = LANE_PREFIXES[(laneNames + seq) % LANE_PREFIXES.length] + ORDINALS[seq % ORDINALS.length] + "弄";
        sketch.road(from, to, new double[0], "footway", name, false, false, null);
    }

    /** 1990s blocks: one or two straight residential streets each way, no gates, no alleys. */
    private void residentialGrid(int i, int j) {
        int n = 1 + rnd.nextInt(2);
        double[] us = new double[n];
        double[] vs = new double[n];
        for (int k = 0; k < n; k++) {
            us[k] = (k + 1.0) / (n + 1) + jitter(0.03);
            vs[k] = (k + 1.0) / (n + 1) + jitter(0.03);
        }
        int[][] inner = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double[] p = at(i, j, us[a], vs[b]);
                inner[a][b] = sketch.node(p[0] + jitter(6), p[1] + jitter(6));
            }
        }
        for (int a = 0; a < n; a++) {
            String name = nextStreetName();
            int prev = attach(bottom(i, j), us[a]);
            for (int b = 0; b < n; b++) {
                sketch.bentRoad(prev, inner[a][b], 0, "residential", name, false);
                prev = inner[a][b];
            }
            sketch.bentRoad(prev, attach(top(i, j), us[a]), 0, "residential", name, false);
        }
        for (int b = 0; b < n; b++) {
            String name = nextStreetName();
            int prev = attach(left(i, j), vs[b]);
            for (int a = 0; a < n; a++) {
                sketch.bentRoad(prev, inner[a][b], 0, "residential", name, false);
                prev = inner[a][b];
            }
            sketch.bentRoad(prev, attach(right(i, j), vs[b]), 0, "residential", name, false);
        }
    }

    /**
     * A gated compound over block fractions u0..u1 (v 0.1..0.9): a ring path and an inner grid of
     * private service roads, reached through one or two gates. With {@code branchGate} given
     * ({side: 1 east / 3 west, junction node on the branch road}) the first gate opens onto that
     * road; with {@code outerGates} one or two gates open onto the block sides, otherwise a
     * second gate onto the block side is added half the time.
     */
    private void compound(int i, int j, double u0, double u1, String name, boolean outerGates, int[] branchGate) {
        int mu = u1 - u0 > 0.5 ? 3 + rnd.nextInt(2) : 2;
        int mv = 3 + rnd.nextInt(2);
        double v0 = 0.1;
        double v1 = 0.9;
        int[][] g = new int[mu + 1][mv + 1];
        for (int a = 0; a <= mu; a++) {
            for (int b = 0; b <= mv; b++) {
                double[] p = at(i, j, u0 + (u1 - u0) * a / mu, v0 + (v1 - v0) * b / mv);
                g[a][b] = sketch.node(p[0], p[1]);
            }
        }
        for (int a = 0; a <= mu; a++) {
            for (int b = 0; b <= mv; b++) {
                boolean ringA = a == 0 || a == mu;
                boolean ringB = b == 0 || b == mv;
                if (a < mu && (ringB || rnd.nextDouble() < 0.8)) {
                    sketch.road(g[a][b], g[a + 1][b], new double[0], "service", name, false, false, "private");
                }
                if (b < mv && (ringA || rnd.nextDouble() < 0.8)) {
                    sketch.road(g[a][b], g[a][b + 1], new double[0], "service", name, false, false, "private");
                }
            }
        }
        if (branchGate != null) {
            int b = mv / 2;
            int ringNode = branchGate[0] == 1 ? g[mu][b] : g[0][b];
            sketch.road(ringNode, branchGate[1], new double[0], "footway", name + GATE_SIDES[branchGate[0]],
                    false, false, null);
        }
        if (outerGates) {
            int first = rnd.nextInt(4);
            gate(i, j, g, mu, mv, u0, u1, v0, v1, first, name);
            if (rnd.nextDouble() < 0.5) gate(i, j, g, mu, mv, u0, u1, v0, v1, (first + 2) % 4, name);
        } else if (rnd.nextDouble() < 0.5) {
            int side = u0 < 0.5 ? 3 : 1;
            gate(i, j, g, mu, mv, u0, u1, v0, v1, side, name);
        }
    }

    /** A gate road from the middle of one ring side to the block side (0 south, 1 east, 2 north, 3 west). */
    private void gate(int i, int j, int[][] g, int mu, int mv, double u0, double u1, double v0, double v1, int side,
            String name) {
        int ring;
        int outer;
        switch (side) {
            case 0 -> {
                int a = mu / 2;
                ring = g[a][0];
                outer = attach(bottom(i, j), u0 + (u1 - u0) * a / mu);
            }
            case 1 -> {
                int b = mv / 2;
                ring = g[mu][b];
                outer = attach(right(i, j), v0 + (v1 - v0) * b / mv);
            }
            case 2 -> {
                int a = mu / 2;
                ring = g[a][mv];
                outer = attach(top(i, j), u0 + (u1 - u0) * a / mu);
            }
            default -> {
                int b = mv / 2;
                ring = g[0][b];
                outer = attach(left(i, j), v0 + (v1 - v0) * b / mv);
            }
        }
        sketch.road(ring, outer, new double[0], "footway", name + GATE_SIDES[side], false, false, null);
    }

    /** Two compounds either side of a north–south branch road; each has a gate onto it. */
    private void twoCompounds(int i, int j) {
        double[] mid = at(i, j, 0.5, 0.5);
        int junction = sketch.node(mid[0], mid[1]);
        String road = BRANCH_NAMES[compounds % BRANCH_NAMES.length];
        sketch.bentRoad(attach(bottom(i, j), 0.5), junction, 0, "residential", road, false);
        sketch.bentRoad(junction, attach(top(i, j), 0.5), 0, "residential", road, false);
        compound(i, j, 0.1, 0.42, nextCompoundName(), false, new int[] {1, junction});
        compound(i, j, 0.58, 0.9, nextCompoundName(), false, new int[] {3, junction});
    }

    /** A park: a loop of footpaths with two entrances. */
    private void park(int i, int j) {
        String name = PARK_NAMES[parks.size() % PARK_NAMES.length];
        int points = 10;
        int[] loop = new int[points];
        for (int k = 0; k < points; k++) {
            double angle = 2 * StrictMath.PI * k / points - StrictMath.PI / 2;
            double[] p = at(i, j, 0.5 + 0.3 * StrictMath.cos(angle), 0.5 + 0.3 * StrictMath.sin(angle));
            loop[k] = sketch.node(p[0] + jitter(8), p[1] + jitter(8));
        }
        for (int k = 0; k < points; k++) {
            sketch.road(loop[k], loop[(k + 1) % points], new double[0], "footway", name, false, false, null);
        }
        sketch.road(loop[0], attach(bottom(i, j), 0.5), new double[0], "footway", name, false, false, null);
        int second = rnd.nextInt(3);
        if (second == 0) {
            sketch.road(loop[points / 4 + 1], attach(right(i, j), 0.5), new double[0], "footway", name, false, false, null);
        } else if (second == 1) {
            sketch.road(loop[points / 2], attach(top(i, j), 0.5), new double[0], "footway", name, false, false, null);
        } else {
            sketch.road(loop[3 * points / 4 + 1], attach(left(i, j), 0.5), new double[0], "footway", name, false, false,
                    null);
        }
        double[] centre = at(i, j, 0.5, 0.5);
        parks.add(new Park(name, centre[0], centre[1]));
    }

    /** Emits the block sides as chains split at every attachment; sides between two open outskirts blocks may be missing. */
    private void arterials() {
        for (int j = 0; j <= TownLayout.BLOCKS_Y; j++) {
            for (int i = 0; i < TownLayout.BLOCKS_X; i++) {
                boolean optional = isOutskirts(i, j - 1) && isOutskirts(i, j) && j != TownLayout.MAIN_ROW;
                if (optional && rnd.nextDouble() < 0.3) continue;
                emit(horizontal[j * TownLayout.BLOCKS_X + i], rowClass(j), TownLayout.ROW_NAMES[j], null);
            }
        }
        for (int j = 0; j < TownLayout.BLOCKS_Y; j++) {
            for (int i = 0; i <= TownLayout.BLOCKS_X; i++) {
                String bridgeName = null;
                for (int b = 0; b < TownLayout.BRIDGE_COLUMNS.length; b++) {
                    if (TownLayout.BRIDGE_COLUMNS[b] == i && layout.bridgeRow(i) == j) bridgeName = TownLayout.BRIDGE_NAMES[b];
                }
                boolean optional = isOutskirts(i - 1, j) && isOutskirts(i, j) && i != TownLayout.MAIN_COLUMN;
                if (bridgeName == null && optional && rnd.nextDouble() < 0.3) continue;
                emit(vertical[j * (TownLayout.BLOCKS_X + 1) + i], columnClass(i), TownLayout.COLUMN_NAMES[i], bridgeName);
            }
        }
    }

    private boolean isOutskirts(int i, int j) {
        if (i < 0 || j < 0 || i >= TownLayout.BLOCKS_X || j >= TownLayout.BLOCKS_Y) return true;
        return layout.district(i, j) == District.OUTSKIRTS;
    }

    private static String rowClass(int j) {
        if (j == TownLayout.MAIN_ROW) return "primary";
        return j % 2 == 1 ? "secondary" : "tertiary";
    }

    private static String columnClass(int i) {
        if (i == TownLayout.MAIN_COLUMN) return "primary";
        return i % 2 == 0 ? "secondary" : "tertiary";
    }

    /** Adds junctions 12 m beyond each bank so that only the span over the water is the bridge. */
    private void abutments(Side side, List<double[]> stops) {
        double ax = sketch.x(side.from);
        double ay = sketch.y(side.from);
        double bx = sketch.x(side.to);
        double by = sketch.y(side.to);
        double len = StrictMath.hypot(bx - ax, by - ay);
        int steps = (int) len;
        double first = -1;
        double last = -1;
        for (int k = 0; k <= steps; k++) {
            double t = (double) k / steps;
            if (river.isWater(ax + t * (bx - ax), ay + t * (by - ay), 0)) {
                if (first < 0) first = t;
                last = t;
            }
        }
        for (double t : new double[] {first - 12 / len, last + 12 / len}) {
            stops.add(new double[] {t, sketch.node(ax + t * (bx - ax), ay + t * (by - ay))});
        }
    }

    private void emit(Side side, String highway, String name, String bridgeName) {
        List<double[]> stops = new ArrayList<>(side.attachments);
        if (bridgeName != null) {
            // Junctions on the water would cut the bridge; the streets that wanted them end at the bank.
            stops.removeIf(a -> river.isWater(sketch.x((int) a[1]), sketch.y((int) a[1]), 15));
            abutments(side, stops);
        }
        stops.sort(Comparator.comparingDouble(a -> a[0]));
        int prev = side.from;
        for (int k = 0; k <= stops.size(); k++) {
            int next = k < stops.size() ? (int) stops.get(k)[1] : side.to;
            boolean bridge = bridgeName != null && RoadSketch.touchesWater(new double[] {
                sketch.x(prev), sketch.y(prev), sketch.x(next), sketch.y(next)}, river);
            sketch.road(prev, next, new double[0], highway, bridge ? bridgeName : name, false, bridge, null);
            prev = next;
        }
    }
}
