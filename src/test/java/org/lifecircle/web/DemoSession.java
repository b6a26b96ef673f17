package org.lifecircle.web;

import org.lifecircle.web.session.SessionHolder;

/** Waiting for the demo project to finish loading in a {@link DemoSessionTest} context. */
public final class DemoSession {

    private DemoSession() {
    }

    public static void await(SessionHolder holder) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (holder.state() != SessionHolder.State.LOADED) {
            if (holder.state() == SessionHolder.State.FAILED) throw new AssertionError("demo project failed: " + holder.status());
            if (System.nanoTime() > deadline) throw new AssertionError("demo project not loaded in 3 minutes: " + holder.status());
            Thread.sleep(100);
        }
    }
}
