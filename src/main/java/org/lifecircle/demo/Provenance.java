package org.lifecircle.demo;

import java.util.Map;

/** The text of {@code gis-data/PROVENANCE.md}: what was generated, by what, how, and the counts. */
final class Provenance {

    private Provenance() {
    }

    private static String n(double v) {
        return DemoTown.format(v, 0);
    }

    static String text(DemoSummary s, double lon, double lat) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Demo town 示范县城 — provenance\n\n");
        sb.append("**Everything in this folder is synthetic.** It is not a real town and not derived from any\n")
          .append("real map, census or facility list; names are generic Chinese place names. It was generated\n")
          .append("by `org.lifecircle.demo.DemoTown` with seed **").append(s.seed()).append("**:\n\n")
          .append("```\njava -jar target/lifecircle.jar demo --out gis-data --seed ").append(s.seed()).append("\n```\n\n")
          .append("The same seed gives byte-identical files (`DemoTownTest` checks this folder against a fresh run).\n\n");

        sb.append("## How it is made\n\n")
          .append("- Placed around ").append(lon).append("° E, ").append(lat).append("° N (WGS84); geometry is drawn in a local metre\n")
          .append("  frame and converted to lon/lat with 7 decimals.\n")
          .append("- **Town** 6 × 4.8 km: a grid of 400 m blocks between arterial streets (jittered ±25 m).\n")
          .append("  The **old town** (an ellipse north of the river) has 2–3 jittered lanes each way per block\n")
          .append("  (~100–133 m blocks), 7 % of lane pieces missing (dead ends), alleys and some one-way lanes.\n")
          .append("  1990s blocks around it have 1–2 residential streets each way. The **new districts**\n")
          .append("  (north-east, and across the river) are superblocks holding **gated compounds** whose private\n")
          .append("  service roads reach the streets only through one or two gate paths, parks with loop paths, and\n")
          .append("  open blocks. Outskirts have arterials only, some missing.\n")
          .append("- **River** 清溪河, ").append((int) River.WIDTH_METERS)
          .append(" m wide, crosses the town west–east; roads over the water are removed except on\n")
          .append("  **").append(s.bridges()).append(" bridges** (three in town: 状元桥, 清溪大桥, 新城大桥; one rural: 溪口桥).\n")
          .append("- **Villages**: 12 administrative villages (行政村), one per 30° sector 1.2 km or more outside the\n")
          .append("  town, each with a small net of lanes, linked by winding rural roads (乡道/县道) split every ~600 m.\n")
          .append("- Roads are split at every junction: lines meet only at shared endpoints; where two drawn roads\n")
          .append("  crossed without a junction the less important one was dropped, and only the largest connected\n")
          .append("  component was kept, so the whole network is one component.\n")
          .append("- **Population** (`population.tif`, `elderly.tif`): float32 GeoTIFF, EPSG:4326, 3 arc-second cells\n")
          .append("  (1/1200°, about 80 × 92 m), 240 × 192 cells over 117.80–118.00° E, 29.92–30.08° N, nodata −9999\n")
          .append("  on the river. Designed densities (people/km²): old town ").append(n(PopulationSurface.OLD_TOWN_PER_KM2))
          .append(" on average (1.3× at its centre, 0.8× at its edge),\n  compounds ").append(n(PopulationSurface.COMPOUND_PER_KM2))
          .append(", 1990s blocks ").append(n(PopulationSurface.GRID_PER_KM2))
          .append(", open blocks ").append(n(PopulationSurface.OPEN_BLOCK_PER_KM2))
          .append(", parks ").append(n(PopulationSurface.PARK_PER_KM2))
          .append(", outskirts ").append(n(PopulationSurface.OUTSKIRTS_PER_KM2))
          .append(",\n  village cores ").append(n(PopulationSurface.VILLAGE_CORE_PER_KM2))
          .append(" × exp(−(d / ").append(n(PopulationSurface.VILLAGE_CORE_METERS))
          .append(" m)²), farmland ").append(n(PopulationSurface.FARMLAND_PER_KM2))
          .append(" with ").append(n(100 * PopulationSurface.EMPTY_FARMLAND_SHARE))
          .append(" % of cells empty; log-normal noise (σ 0.3) per\n")
          .append("  cell. The 60+ share is 28 % in the old town, 22 % in the 1990s blocks, 15 % in the new districts,\n")
          .append("  20 % in the outskirts and 25 % in villages and farmland (± 3 points per cell).\n")
          .append("- **Facilities** beside public roads (12–35 m off a junction), most in the old town, fewer and with\n")
          .append("  gaps in the new districts and across the river (no elder care south of the river), few in villages.\n")
          .append("- **Admin units**: 9 communities (社区) in 3 streets (街道) tile the town frame; the township 清溪乡 covers\n")
          .append("  the rest of the raster extent; villages are the Voronoi cells of the village centres clipped to the\n")
          .append("  township. Unit `population`/`elderly` are sums of the raster cells whose centre lies inside.\n\n");

        sb.append("## Files and counts\n\n")
          .append("| file | content |\n|---|---|\n")
          .append("| `roads.geojson` | ").append(s.roads()).append(" LineStrings (`id`, `highway`, `name`, `oneway`, `bridge`, `access`), ")
          .append(s.nodes()).append(" nodes, ").append(DemoTown.format(s.roadKm(), 1)).append(" km, ")
          .append(s.deadEnds()).append(" dead ends, ").append(s.compounds()).append(" gated compounds with ")
          .append(s.gates()).append(" gates, ").append(s.bridges()).append(" bridges |\n")
          .append("| `river.geojson` | the water surface (Polygon) and centre line (LineString) of 清溪河 |\n")
          .append("| `population.tif` | ").append(DemoTown.format(s.population(), 0)).append(" people |\n")
          .append("| `elderly.tif` | ").append(DemoTown.format(s.elderly(), 0)).append(" people aged 60+ (")
          .append(DemoTown.format(100 * s.elderly() / s.population(), 1)).append(" %) |\n")
          .append("| `facilities.csv` | `id,lon,lat,type,name,area_m2,capacity`: ");
        boolean first = true;
        int total = 0;
        for (Map.Entry<String, Integer> e : s.facilities().entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(e.getValue()).append(' ').append(e.getKey());
            total += e.getValue();
        }
        sb.append(" (").append(total).append(" in all); capacity = beds (elder care) or places (kindergarten, school) |\n")
          .append("| `candidates.csv` | `id,lon,lat,name`: ").append(s.candidates())
          .append(" candidate sites for new facilities (site selection, `--candidates`): public junctions in the ")
          .append("built-up districts and villages, ≥ 250 m apart and ≥ 150 m from existing facilities |\n")
          .append("| `villages.geojson` | ").append(s.villages()).append(" village polygons (`id`, `name`, `level`, `township`, `population`, `elderly`) |\n")
          .append("| `communities.geojson` | ").append(s.communities())
          .append(" community polygons (`level` community, `street`) and 1 township polygon (`level` township) |\n")
          .append("| `project.yaml` | the project file tying them together (docs/project-file.md) |\n\n");

        sb.append("Measured by district (density per km² of land; village = within 250 m of a village centre):\n\n")
          .append("| district | people | people/km² | 60+ share |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, Double> e : s.densityPerKm2().entrySet()) {
            sb.append("| ").append(e.getKey()).append(" | ")
              .append(DemoTown.format(s.populationByDistrict().get(e.getKey()), 0)).append(" | ")
              .append(DemoTown.format(e.getValue(), 0)).append(" | ")
              .append(DemoTown.format(100 * s.elderlyShare().get(e.getKey()), 1)).append(" % |\n");
        }
        return sb.toString();
    }
}
