package org.lifecircle.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.job.JobState;

/** FEATURE UNDER TEST: what the server shows when the project file is missing or bad: an empty map and one clear line. */
class SessionHolderTest {

    @Test
    void aMissingProjectFileLeavesTheHolderEmptyWithAReason(@TempDir Path dir) {
        try (JobService jobs = new JobService(1, 4, 10)) {
            SessionHolder holder = new SessionHolder("none");
            Path missing = dir.resolve("project.yaml");
            holder.startLoading(missing, jobs);
            assertEquals(SessionHolder.State.FAILED, holder.state());
            assertTrue(holder.status().contains(missing.toString()) && holder.status().contains("not found"), holder.status());
            assertTrue(holder.session().isEmpty());
            assertTrue(jobs.list().isEmpty(), "no job for a missing file");
        }
    }

    @Test
    void aBadProjectFileFailsTheLoadJobWithTheFileNamed(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project.yaml");
        Files.writeString(project, "name: Bad\npopulation: nowhere.tif\nfacilities: none.csv\ntypes:\n  clinic: { minutes: 15 }\n");
        try (JobService jobs = new JobService(1, 4, 10)) {
            SessionHolder holder = new SessionHolder("none");
            holder.startLoading(project, jobs);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (holder.state() == SessionHolder.State.LOADING && System.nanoTime() < deadline) Thread.sleep(50);
            assertEquals(SessionHolder.State.FAILED, holder.state());
            assertTrue(holder.status().contains("not loaded") && holder.status().contains("nowhere.tif"), holder.status());
            while (!jobs.get(holder.loadJobId()).state().isFinal() && System.nanoTime() < deadline) Thread.sleep(50);
            assertEquals(JobState.FAILED, jobs.get(holder.loadJobId()).state());
        }
    }
}
