package org.lifecircle.siting.adapter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lifecircle.coverage.Places;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeSpecs;
import org.lifecircle.facility.Facilities;
import org.lifecircle.facility.FacilityReader;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.StraightLineTravelTimes;
import org.lifecircle.network.traveltime.TravelTimeModel;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.PopulationReader;
import org.lifecircle.project.Dataset;
import org.lifecircle.project.Project;

/**
 * Reads what site selection needs from a project into a coverage {@link Study}: the travel-time
 * model (network, or the straight-line fallback when the project has none), demand cells with the
 * elderly layer, the facilities and the resolved types. Admin units and villages are left out:
 * siting does not roll up by unit. Cost: reading the files, O(network + cells + facilities).
 */
public final class ProjectStudy {

    private ProjectStudy() {
    }

    public static Study load(Project project) {
        StandardsPack pack = project.standards().map(StandardsPack::load).orElseGet(StandardsPack::builtin);
        String projectSource = project.file().getFileName().toString();
        List<TypeSpec> types = TypeSpecs.resolve(pack, project.types(), project.speedKmh(), projectSource);
        TravelTimeModel model;
        String networkSource;
        if (project.network().isPresent()) {
            Dataset network = project.network().get();
            model = new NetworkTravelTimes(NetworkLoader.load(network.path(), network.crs().orElse(null)));
            networkSource = network.fileName();
        } else {
            model = new StraightLineTravelTimes();
            networkSource = "straight line (the project has no network)";
        }
        DemandCells demand = demand(project);
        Facilities facilities = FacilityReader.read(project.facilities().path(),
                project.facilities().crs().orElse(null), pack);
        List<String> notes = new ArrayList<>();
        if (!model.networkBased()) notes.add("travel time: straight line at each type's walking speed");
        return new Study(project.name(), model, networkSource, demand, types, facilities, List.of(), (Places) null,
                List.of(), Double.NaN, notes);
    }

    private static DemandCells demand(Project project) {
        Dataset population = project.population();
        String crs = population.crs().orElse(null);
        String name = population.fileName().toLowerCase(Locale.ROOT);
        boolean raster = name.endsWith(".tif") || name.endsWith(".tiff") || name.endsWith(".asc");
        DemandCells cells;
        if (raster && !project.elderly().rasters().isEmpty()) {
            List<Path> elderly = project.elderly().rasters().stream().map(Dataset::path).toList();
            cells = PopulationReader.readRasters(List.of(population.path()), elderly, crs);
        } else if (population.field().isPresent() && (name.endsWith(".csv") || name.endsWith(".txt"))) {
            cells = PopulationReader.readPoints(population.path(), crs, population.field().get(), "elderly");
        } else {
            cells = PopulationReader.read(population.path(), crs);
        }
        if (project.elderly().share().isPresent()) cells = cells.withElderlyShare(project.elderly().share().getAsDouble());
        return cells;
    }
}
