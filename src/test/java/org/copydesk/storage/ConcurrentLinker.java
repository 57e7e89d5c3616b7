package org.copydesk.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;

/**
 * A child process for {@link WorkspaceConcurrencyTest}: adds links {@code <prefix>-0 .. <prefix>-(n-1)} to one article,
 * one {@link Workspace#update} each, while another process does the same with another prefix.
 */
public final class ConcurrentLinker {
    private ConcurrentLinker() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(Path.of(args[0]));
        String id = args[1];
        String prefix = args[2];
        int n = Integer.parseInt(args[3]);
        for (int i = 0; i < n; i++) {
            String target = prefix + "-" + i;
            ws.update(id, a -> {
                List<RelatedLink> links = new ArrayList<>(a.links());
                links.add(new RelatedLink(target, Relation.SEE_ALSO, null));
                return a.withLinks(links);
            });
        }
        System.out.println("done " + n);
    }
}
