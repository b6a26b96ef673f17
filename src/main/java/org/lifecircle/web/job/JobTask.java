package org.lifecircle.web.job;

/** The work of one job; its return value becomes the job's result (serialised as JSON). */
@FunctionalInterface
public interface JobTask {
    Object run(JobContext context) throws Exception;
}
