package org.copydesk.storage;

import java.nio.file.Path;
import java.time.Duration;

/** A child process for {@link ArticleLeasesTest}: takes the lease of an article, says so, and keeps it until killed. */
public final class LeaseHolder {
    private LeaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        ArticleLeases leases = new ArticleLeases(Workspace.open(Path.of(args[0])), Duration.ofSeconds(90));
        System.out.println(leases.acquire(args[1]).isEmpty() ? "held" : "refused");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
