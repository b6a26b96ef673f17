package org.lifecircle.store;

import java.nio.file.Path;
import java.util.List;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.store.layer.FacilityLayers;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerInfo;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.store.postgis.PostgisLayerSource;
import org.lifecircle.store.postgis.PostgisTableReader;
import org.lifecircle.store.scenario.ScenarioRecord;
import org.lifecircle.store.layer.LayerStore;
import org.lifecircle.store.project.ProjectStore;
import org.lifecircle.store.result.EvaluationStore;
import org.lifecircle.store.result.SitingRunStore;
import org.lifecircle.store.scenario.ScenarioStore;
import org.lifecircle.store.user.UserStore;

/**
 * A planner's workspace: projects, imported layers, scenarios, site-selection runs,
 * evaluations and the users allowed in, in one database, the embedded H2GIS file in the workspace folder or PostGIS.
 * Both engines run the same schema (migrated on open) and the same SQL. Thread-safe; close it
 * when done (the embedded database is locked by the program that has it open).
 */
public final class Workspace implements AutoCloseable {

    private final Database db;
    private final ProjectStore projects;
    private final LayerStore layers;
    private final ScenarioStore scenarios;
    private final SitingRunStore sitingRuns;
    private final EvaluationStore evaluations;
    private final UserStore users;

    private Workspace(Database db) {
        this.db = db;
        this.projects = new ProjectStore(db);
        this.layers = new LayerStore(db);
        this.scenarios = new ScenarioStore(db);
        this.sitingRuns = new SitingRunStore(db);
        this.evaluations = new EvaluationStore(db);
        this.users = new UserStore(db);
    }

    /**
     * Opens the workspace named by {@code --store} ({@link StoreLocation#parse}); with no store URL,
     * the embedded database {@code lifecircle.mv.db} in {@code workspaceDir}, created if missing.
     */
    public static Workspace open(String storeUrlOrNull, Path workspaceDir) {
        return open(StoreLocation.parse(storeUrlOrNull, workspaceDir));
    }

    public static Workspace open(StoreLocation location) {
        if (location.dialect() != Dialect.H2GIS) return new Workspace(Database.open(location));
        Path file = Path.of(location.jdbcUrl().substring("jdbc:h2:file:".length()).split(";", 2)[0]);
        try {
            WorkspaceFiles.createFolder(file.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the workspace folder for " + location + ": " + e.getMessage(), e);
        }
        Database db = Database.open(location);
        try {
            WorkspaceFiles.restrictDatabaseFiles(file);
        } catch (java.io.IOException e) {
            db.close();
            throw new StoreException("cannot make the workspace database private (mode 0600) in " + location + ": "
                    + e.getMessage(), e);
        }
        return new Workspace(db);
    }

    public ProjectStore projects() {
        return projects;
    }

    public LayerStore layers() {
        return layers;
    }

    public ScenarioStore scenarios() {
        return scenarios;
    }

    public SitingRunStore sitingRuns() {
        return sitingRuns;
    }

    public EvaluationStore evaluations() {
        return evaluations;
    }

    /** Users and API tokens (the web app's access control). */
    public UserStore users() {
        return users;
    }

    /**
     * Reads an existing PostGIS table (see {@link PostgisLayerSource}) and saves it as layer
     * {@code layerName} of the project. All checks and the read happen before the save, which is
     * one transaction: a bad table, column or name writes nothing.
     */
    public LayerInfo importPostgisLayer(long projectId, String layerName, LayerKind kind, PostgisLayerSource source) {
        Layer layer = PostgisTableReader.read(db, source, layerName, kind);
        return layers.save(projectId, layer);
    }

    /** The facilities of the scenario after its modifications, from its baseline layer in the project. */
    public List<FacilityRecord> scenarioFacilities(long scenarioId) {
        ScenarioRecord s = scenarios.get(scenarioId);
        return s.scenario().apply(FacilityLayers.toFacilities(layers.get(s.projectId(), s.scenario().baselineId())));
    }

    /** The database underneath, for readers of existing PostGIS tables and for tests. */
    public Database database() {
        return db;
    }

    public StoreLocation location() {
        return db.location();
    }

    @Override
    public void close() {
        db.close();
    }
}
