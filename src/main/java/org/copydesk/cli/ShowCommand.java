package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.StoryDetails;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Slugs;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one article.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Article id (see 'copydesk list').")
    String id;

    @Option(names = "--json", description = "Print the article's JSON file as stored.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Slugs.isValidId(id)) {
            throw new BadInputException("invalid article id '" + id + "' (lower-case letters, digits and hyphens)");
        }
        Workspace ws = WorkspaceOption.open(spec);
        if (!ws.exists(id)) {
            throw new BadInputException("no article '" + id + "' in " + ws.root());
        }
        ArticleEntry e = ws.load(id);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(new String(Files.readAllBytes(e.file()), StandardCharsets.UTF_8));
            out.flush();
            return CopydeskCommand.OK;
        }
        if (!e.ok()) {
            throw new BadInputException(e.file().getFileName() + ": " + e.error());
        }
        MarkWarnings.print(spec.commandLine().getErr(), e);
        Article a = e.article();
        out.println(a.headline());
        out.println("=".repeat(Math.min(72, Math.max(3, a.headline().length()))));
        if (!a.standfirst().isBlank()) {
            out.println(a.standfirst());
        }
        out.printf("%s · %s · %s · %s · %d words · revision %d%n", a.id(), a.status().id(), a.language(),
                a.byline().isBlank() ? "no byline" : a.byline(), a.wordCount(), a.revision());
        if (!a.tags().isEmpty()) {
            out.println("Tags: " + String.join(", ", a.tags()));
        }
        StoryDetails d = a.details();
        if (!d.section().isEmpty() || !d.slug().isEmpty()) {
            out.println("Section: " + (d.section().isEmpty() ? "—" : d.section()) + " · slug: " + (d.slug().isEmpty() ? "—" : d.slug()));
        }
        if (d.embargo() != null) {
            out.println("Embargo until " + d.embargo());
        }
        if (d.targetWords() > 0) {
            out.println("Target length: " + d.targetWords() + " words of body (now " + a.bodyWordCount() + ")");
        }
        if (!a.ignoredWords().isEmpty()) {
            out.println("Ignored by the spell checker in this article: " + String.join(", ", a.ignoredWords()));
        }
        out.println();
        if (!a.dateline().isBlank()) {
            out.print(a.dateline() + " — ");
        }
        for (Paragraph p : a.body()) {
            if (p.kind() == ParagraphKind.SUBHEADING) {
                out.println("## " + p.text());
            } else if (p.kind() == ParagraphKind.BLOCKQUOTE) {
                out.println("> " + p.text());
            } else {
                out.println(p.text());
            }
            out.println();
        }
        for (RelatedLink l : a.links()) {
            out.printf("%s: %s%s%n", l.relation().id(), l.targetId(), ws.exists(l.targetId()) ? "" : " (broken: no such article)");
        }
        out.flush();
        return CopydeskCommand.OK;
    }
}
