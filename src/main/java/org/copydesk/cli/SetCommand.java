package org.copydesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.copydesk.analysis.Analyzer;
import org.copydesk.export.ExportService;
import org.copydesk.export.PreflightFinding;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.LanguageTags;
import org.copydesk.model.StoryDetails;
import org.copydesk.spelling.Spelling;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set the story facts of an article (language, desk status, tags, section, slug, byline,",
                "dateline, embargo, target length) and save it. Setting the status to ready runs the export",
                "preflight first and refuses when something blocks, unless --force."})
final class SetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Article id (see 'copydesk list').")
    String id;

    @Option(names = "--language", paramLabel = "TAG", description = "BCP-47 language tag: en-GB, fr-CH, de, pt-BR ...")
    String language;

    @Option(names = "--status", paramLabel = "S", description = "draft, editing or ready (exported is set by export).")
    String status;

    @Option(names = "--force", description = "With --status ready: mark ready even when the preflight finds a blocker.")
    boolean force;

    @Option(names = "--tag", paramLabel = "T", description = "Add a tag (repeatable).")
    List<String> addTags = new ArrayList<>();

    @Option(names = "--untag", paramLabel = "T", description = "Remove a tag (repeatable).")
    List<String> removeTags = new ArrayList<>();

    @Option(names = "--section", paramLabel = "S", description = "Section / desk (empty to clear).")
    String section;

    @Option(names = "--slug", paramLabel = "S", description = "The story's slug (empty to clear).")
    String slug;

    @Option(names = "--byline", paramLabel = "B", description = "Byline.")
    String byline;

    @Option(names = "--dateline", paramLabel = "D", description = "Dateline.")
    String dateline;

    @Option(names = "--embargo", paramLabel = "WHEN",
            description = "Not before: ISO date-time (2026-12-01T06:00Z, 2026-12-01T07:00+01:00, or local 2026-12-01T07:00); 'none' clears.")
    String embargo;

    @Option(names = "--target-words", paramLabel = "N", description = "Target length in words (0 clears).")
    Integer targetWords;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace ws = WorkspaceOption.open(spec);
        Article a = LinkCommand.readable(ws, id, "ID");
        Article changed = apply(a);
        PrintWriter out = spec.commandLine().getOut();
        if (changed.sameContentAs(a)) {
            out.println(id + ": nothing to change");
            out.flush();
            return CopydeskCommand.OK;
        }
        if (changed.status() == ArticleStatus.READY && a.status() != ArticleStatus.READY) {
            List<PreflightFinding> findings = new ExportService(ws, new Analyzer(),
                    Spelling.systemChecker(null, UserSettings.dictionaryFolder(), System.getenv())).check(changed).findings();
            if (findings.stream().anyMatch(PreflightFinding::isBlocker) && !force) {
                PrintWriter err = spec.commandLine().getErr();
                CheckCommand.print(err, id, findings);
                err.flush();
                throw new BadInputException(id + " not marked ready: the preflight found a blocker (fix it, or use --force)");
            }
        }
        Article saved = ws.save(changed);
        out.println(saved.id() + ": " + summary(saved));
        out.flush();
        return CopydeskCommand.OK;
    }

    Article apply(Article a) {
        Article b = a;
        if (language != null) {
            try {
                b = b.withLanguage(LanguageTags.normalize(language));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        if (status != null) {
            ArticleStatus s;
            try {
                s = ArticleStatus.fromId(status);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            if (s == ArticleStatus.EXPORTED && a.status() != ArticleStatus.EXPORTED) {
                throw new BadInputException("the status exported is set by 'copydesk export', not by hand");
            }
            b = b.withStatus(s);
        }
        if (!addTags.isEmpty() || !removeTags.isEmpty()) {
            Set<String> tags = new LinkedHashSet<>(b.tags());
            for (String t : addTags) {
                String clean = cleanTag(t);
                if (tags.stream().noneMatch(x -> x.equalsIgnoreCase(clean))) {
                    tags.add(clean);
                }
            }
            for (String t : removeTags) {
                String clean = t.strip();
                if (!tags.removeIf(x -> x.equalsIgnoreCase(clean))) {
                    throw new BadInputException(id + " has no tag '" + clean + "'");
                }
            }
            b = b.withTags(List.copyOf(tags));
        }
        StoryDetails d = b.details();
        if (section != null) {
            d = d.withSection(oneLine(section, "section"));
        }
        if (slug != null) {
            d = d.withSlug(oneLine(slug, "slug"));
        }
        if (embargo != null) {
            d = d.withEmbargo(embargo(embargo));
        }
        if (targetWords != null) {
            if (targetWords < 0) {
                throw new BadInputException("--target-words must be 0 or more, not " + targetWords);
            }
            d = d.withTargetWords(targetWords);
        }
        b = b.withDetails(d);
        if (byline != null) {
            b = b.withByline(oneLine(byline, "byline"));
        }
        if (dateline != null) {
            b = b.withDateline(oneLine(dateline, "dateline"));
        }
        return b;
    }

    private static String cleanTag(String t) {
        String clean = t == null ? "" : t.strip();
        if (clean.isEmpty() || clean.length() > 60 || clean.chars().anyMatch(c -> c == ',' || Character.isISOControl(c))) {
            throw new BadInputException("invalid tag '" + clean + "' (1 to 60 characters, no comma)");
        }
        return clean;
    }

    private static String oneLine(String v, String what) {
        if (v.chars().anyMatch(Character::isISOControl) || v.length() > 500) {
            throw new BadInputException("invalid " + what + ": one line of at most 500 characters");
        }
        return v.strip();
    }

    static Instant embargo(String v) {
        String s = v.strip();
        if (s.equalsIgnoreCase("none") || s.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(s).atZone(ZoneId.systemDefault()).toInstant();
                } catch (DateTimeParseException e3) {
                    throw new BadInputException("invalid --embargo '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s)
                            + "' (expected e.g. 2026-12-01T06:00Z or 2026-12-01T07:00+01:00, or 'none')");
                }
            }
        }
    }

    static String summary(Article a) {
        StoryDetails d = a.details();
        StringBuilder b = new StringBuilder();
        b.append(a.language()).append(" · ").append(a.status().id());
        if (!a.tags().isEmpty()) {
            b.append(" · tags ").append(String.join(", ", a.tags()));
        }
        if (!d.section().isEmpty()) {
            b.append(" · section ").append(d.section());
        }
        if (!d.slug().isEmpty()) {
            b.append(" · slug ").append(d.slug());
        }
        if (d.embargo() != null) {
            b.append(" · embargo ").append(d.embargo());
        }
        if (d.targetWords() > 0) {
            b.append(" · target ").append(d.targetWords()).append(" words");
        }
        return b.toString();
    }
}
