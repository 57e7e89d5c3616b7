package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Slugs;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link an article to a related story (or change or remove the link) and save it.",
                "Linking again to the same target changes the relation and note."})
final class LinkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The article that gets the link.")
    String id;

    @Parameters(index = "1", paramLabel = "TARGET", description = "The related article.")
    String target;

    @Option(names = "--relation", paramLabel = "R", defaultValue = "see-also",
            description = "see-also, follow-up or background (default: ${DEFAULT-VALUE}).")
    String relation;

    @Option(names = "--note", paramLabel = "N", description = "A note shown with the link.")
    String note;

    @Option(names = "--remove", description = "Remove the link instead (the target may no longer exist).")
    boolean remove;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Relation rel;
        try {
            rel = Relation.fromId(relation);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Workspace ws = WorkspaceOption.open(spec);
        Article a = readable(ws, id, "ID");
        if (!Slugs.isValidId(target)) {
            throw new BadInputException("invalid TARGET id '" + target + "' (lower-case letters, digits and hyphens)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!remove) {
            if (target.equals(id)) {
                throw new BadInputException("an article cannot link to itself");
            }
            if (!ws.exists(target)) {
                throw new BadInputException("no article '" + target + "' in " + ws.root());
            }
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        boolean[] found = new boolean[1];
        // read, change and save as one step under the workspace lock: a link added by another writer meanwhile
        // (another command, the app) is kept, and this one is added to it
        Article saved = ws.update(a.id(), current -> {
            List<RelatedLink> links = new ArrayList<>(current.links());
            if (remove) {
                found[0] = links.removeIf(l -> l.targetId().equals(target));
                return current.withLinks(links);
            }
            int at = -1;
            for (int i = 0; i < links.size(); i++) {
                if (links.get(i).targetId().equals(target)) {
                    at = i;
                }
            }
            found[0] = at >= 0;
            if (at >= 0) {
                RelatedLink old = links.get(at);
                links.set(at, new RelatedLink(target, rel, note == null ? old.note() : cleanNote));
            } else {
                links.add(new RelatedLink(target, rel, cleanNote));
            }
            return current.withLinks(links);
        });
        if (remove) {
            if (!found[0]) {
                throw new BadInputException(id + " has no link to " + target);
            }
            out.println(id + " no longer links to " + target);
        } else {
            out.println(saved.id() + " -> " + target + " (" + rel.id() + ")" + (found[0] ? " updated" : ""));
        }
        out.flush();
        return CopydeskCommand.OK;
    }

    /** The article {@code id}, which must exist and be readable and writable; a one-line error otherwise. */
    static Article readable(Workspace ws, String id, String what) throws IOException {
        return readable(ws, id, what, true);
    }

    /** As {@link #readable(Workspace, String, String)}; a read-only article is accepted when {@code writable} is false. */
    static Article readable(Workspace ws, String id, String what, boolean writable) throws IOException {
        if (!Slugs.isValidId(id)) {
            throw new BadInputException("invalid " + what + " id '" + id + "' (lower-case letters, digits and hyphens)");
        }
        if (!ws.exists(id)) {
            throw new BadInputException("no article '" + id + "' in " + ws.root());
        }
        ArticleEntry e = ws.load(id);
        if (!e.ok() || (writable && e.readOnly())) {
            throw new BadInputException(id + ".json: " + (e.error() == null ? "read-only" : e.error()));
        }
        return e.article();
    }
}
