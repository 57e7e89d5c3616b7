package org.copydesk.export;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.copydesk.analysis.QuoteConventions;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.editing.ArticleReplacements;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Workspace;

/**
 * What File ▸ Export… does, without a view: the articles on offer (the chosen ones first and ticked), each checked by
 * preflight, its findings grouped (the same finding in ten places is one group of ten), which articles are ready,
 * warned or blocked, what the Export button may do now and why not, the export run (article by article, with
 * progress, stoppable between articles), and the one fix a group may offer: all quotation marks of the article to its
 * language's (regional) convention, as one edit of the stored article that can be undone.
 *
 * <p>Every read and write of the workspace goes through the {@link Gateway} (the desk in the app, off the FX thread);
 * its answers, and so every change of this session, arrive on the thread that uses the session (the FX thread in the
 * app). The session is not thread-safe: call it from that thread only. {@link #onChange} tells the view to look again.
 * The session holds no words: states, reasons and problems are values the view puts into words.
 */
public final class ExportSession {
    private static final System.Logger LOG = System.getLogger(ExportSession.class.getName());

    /** The one way to the workspace: runs a job off the caller's thread; the answer arrives on the caller's thread. */
    public interface Gateway {
        <T> CompletableFuture<T> run(Job<T> job);
    }

    /**
     * The articles open in an editor: a fix of one of them goes through the editor (one undoable step of its text, then
     * saved), so the editor never sees its file change under it and its own undo takes the fix back.
     */
    @FunctionalInterface
    public interface OpenArticles {
        /**
         * Applies {@code fixes} to the body of article {@code id} if it is open, as one step, and saves it: the answer
         * is true once saved. Null when the article is not open (the stored file is fixed instead); a failed future
         * when it cannot be done (its text is no longer {@code text}, it is read-only), the failure saying why.
         */
        CompletableFuture<Boolean> fix(String id, String text, List<TextReplacement> fixes);

        OpenArticles NONE = (id, text, fixes) -> null;
    }

    /** Work on the workspace (reads files, writes files). */
    @FunctionalInterface
    public interface Job<T> {
        T run(Workspace workspace) throws Exception;
    }

    /** Where an article stands. */
    public enum State {
        NOT_TICKED, CHECKING, UNREADABLE, BLOCKED, WARNINGS, WARNINGS_ACCEPTED, READY, EXPORTED, FAILED
    }

    /** Why an article was not exported or not checked. */
    public enum Failure {
        /** The file exists and replacing was not asked for; the detail is the file's name. */
        EXISTS,
        /** Writing failed; the detail says why. */
        FAILED,
        /** The article could not be read or checked; the detail says why. */
        UNREADABLE
    }

    public record Problem(Failure kind, String detail) {
    }

    /** One place of a finding: the paragraph (1-based; 0 when not in the body) and a few words around it. */
    public record Place(PreflightFinding finding, int paragraph, String context) {
    }

    /**
     * The same finding in one or more places. {@code fixesQuotationMarks}: the group is about quotation marks that do
     * not follow the convention, and {@link #fixQuotationMarks} mends them all.
     */
    public record Group(PreflightFinding.Severity severity, PreflightFinding.Check check, String message,
            List<Place> places, boolean fixesQuotationMarks) {
        public Group {
            places = List.copyOf(places);
            if (places.isEmpty()) {
                throw new IllegalArgumentException("a group has a place");
            }
        }

        public int count() {
            return places.size();
        }

        public boolean isBlocker() {
            return severity == PreflightFinding.Severity.BLOCKER;
        }

        /** The finding "Go to" on the group goes to: its first place. */
        public PreflightFinding first() {
            return places.get(0).finding();
        }
    }

    /** The ticked articles: how many, still being checked, ready to go, and held back by preflight or unreadable. */
    public record Counts(int included, int pending, int ready, int heldBack) {
    }

    /** Why Export cannot run now ({@link #NONE}: it can). */
    public enum Hold {
        NONE, RUNNING, LOADING, NO_DESTINATION, NOTHING_TICKED, CHECKING, ALL_HELD_BACK
    }

    /** The button Enter presses. */
    public enum DefaultAction {
        EXPORT, CLOSE, NONE
    }

    /** An export under way: {@code done} of {@code total} written, {@code headline} being written now. */
    public record Progress(int done, int total, String headline) {
        public double fraction() {
            return total == 0 ? 1 : (double) done / total;
        }
    }

    /** Why a run did not start. */
    public enum RunProblem {
        /** What is typed is not a folder name; the detail is what was typed. */
        BAD_DESTINATION,
        /** The destination is a file; the detail is its path. */
        NOT_A_FOLDER,
        /** The destination is refused (inside the workspace, say); the detail says why. */
        REFUSED
    }

    /** How the last run ended (or why it did not start: {@code problem}). */
    public record Outcome(int exported, int failed, int heldBack, int notStarted, boolean stopped, RunProblem problem,
            String detail) {
        static Outcome refused(RunProblem problem, String detail, int heldBack) {
            return new Outcome(0, 0, heldBack, 0, false, problem, detail);
        }
    }

    /**
     * The last quotation-mark fix: the article before and after it (for Undo); {@code inEditor}: made in the open
     * editor (then {@code after} is null, and the editor's own undo takes it back).
     */
    public record Fix(String articleId, String headline, int replaced, Article before, Article after, boolean inEditor) {
    }

    /** One article on offer. */
    public final class Item {
        private final String id;
        private final String headline;
        private boolean included;
        private boolean exportAnyway;
        private ExportService.Checked checked;
        private List<Group> groups = List.of();
        private List<TextReplacement> quoteFixes = List.of();
        private Path exported;
        private Problem problem;
        private boolean checking;

        Item(String id, String headline) {
            this.id = id;
            this.headline = headline;
        }

        public String id() {
            return id;
        }

        public String headline() {
            return headline;
        }

        public boolean included() {
            return included;
        }

        public boolean exportAnyway() {
            return exportAnyway;
        }

        public ExportService.Checked checked() {
            return checked;
        }

        /** The findings of the last check, grouped, blockers first. */
        public List<Group> groups() {
            return groups;
        }

        public Path exported() {
            return exported;
        }

        public Problem problem() {
            return problem;
        }

        public boolean blocked() {
            return checked != null && checked.blocked();
        }

        public boolean hasWarnings() {
            return checked != null && !checked.findings().isEmpty() && !blocked();
        }

        /** Checked, no blocker, and any warnings accepted. */
        public boolean exportable() {
            return checked != null && !blocked() && (!hasWarnings() || exportAnyway);
        }

        public long blockers() {
            return checked == null ? 0 : checked.findings().stream().filter(PreflightFinding::isBlocker).count();
        }

        public int findings() {
            return checked == null ? 0 : checked.findings().size();
        }

        /** Quotation marks {@link #fixQuotationMarks} would change. */
        public int quotationMarksToFix() {
            return quoteFixes.size();
        }

        public State state() {
            if (exported != null) {
                return State.EXPORTED;
            }
            if (problem != null) {
                return problem.kind() == Failure.UNREADABLE ? State.UNREADABLE : State.FAILED;
            }
            if (checked == null) {
                return included ? State.CHECKING : State.NOT_TICKED;
            }
            if (blocked()) {
                return State.BLOCKED;
            }
            if (hasWarnings()) {
                return exportAnyway ? State.WARNINGS_ACCEPTED : State.WARNINGS;
            }
            return State.READY;
        }

        private void checked(ExportService.Checked c) {
            checked = c;
            problem = null;
            quoteFixes = quoteFixes(c);
            groups = group(c.article(), c.findings(), quoteFixes);
        }
    }

    private final Gateway gateway;
    private final ExportService service;
    private final List<Item> items = new ArrayList<>();
    private Runnable onChange = () -> { };
    private boolean loading;
    private String listProblem;
    private String destination = "";
    private boolean running;
    private boolean stopRequested;
    private Progress progress;
    private Outcome outcome;
    private Path lastFolder;
    private boolean fixing;
    private Fix lastFix;
    private String fixProblem;
    private OpenArticles openArticles = OpenArticles.NONE;

    public ExportSession(Gateway gateway, ExportService service) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.service = Objects.requireNonNull(service, "service");
    }

    /** Runs after every change of the session (on the session's thread). */
    public void onChange(Runnable action) {
        this.onChange = Objects.requireNonNull(action);
    }

    private void changed() {
        onChange.run();
    }

    // ---- articles

    /** Lists the readable articles, the chosen ones first and ticked, and checks the ticked ones. */
    public void load(Collection<String> chosenIds) {
        Set<String> chosen = new LinkedHashSet<>(chosenIds);
        loading = true;
        listProblem = null;
        changed();
        gateway.run(Workspace::list).whenComplete((entries, failure) -> {
            loading = false;
            if (failure != null) {
                listProblem = message(failure);
                changed();
                return;
            }
            List<Item> first = new ArrayList<>();
            List<Item> rest = new ArrayList<>();
            for (ArticleEntry entry : entries) {
                if (!entry.ok()) {
                    continue;
                }
                String headline = entry.article().headline().isBlank() ? entry.id() : entry.article().headline();
                Item item = new Item(entry.id(), headline);
                item.included = chosen.contains(entry.id());
                (item.included ? first : rest).add(item);
            }
            // in the order they were chosen
            first.sort((a, b) -> indexOf(chosen, a.id) - indexOf(chosen, b.id));
            items.clear();
            items.addAll(first);
            items.addAll(rest);
            first.forEach(this::check);
            changed();
        });
    }

    private static int indexOf(Set<String> set, String id) {
        int i = 0;
        for (String s : set) {
            if (s.equals(id)) {
                return i;
            }
            i++;
        }
        return i;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id.equals(id)).findFirst();
    }

    public boolean loading() {
        return loading;
    }

    /** Why the articles could not be listed, or null. */
    public String listProblem() {
        return listProblem;
    }

    /** Ticks or unticks an article; a newly ticked one is checked. Nothing changes while an export runs. */
    public void setIncluded(Item item, boolean included) {
        if (running || item.included == included) {
            return;
        }
        item.included = included;
        if (included && item.checked == null) {
            check(item);
        }
        changed();
    }

    /** Lets an article with warnings (no blockers) go out anyway. */
    public void setExportAnyway(Item item, boolean anyway) {
        if (item.exportAnyway == anyway) {
            return;
        }
        item.exportAnyway = anyway;
        changed();
    }

    /** Runs preflight on the article as stored now (again, if it was checked before). */
    public void check(Item item) {
        if (item.checking) {
            return;
        }
        item.checking = true;
        item.problem = null;
        gateway.run(ws -> service.check(item.id)).whenComplete((checked, failure) -> {
            item.checking = false;
            if (failure != null) {
                item.checked = null;
                item.groups = List.of();
                item.quoteFixes = List.of();
                item.problem = new Problem(Failure.UNREADABLE, message(failure));
            } else {
                item.checked(checked);
            }
            changed();
        });
    }

    public Counts counts() {
        int included = 0;
        int pending = 0;
        int ready = 0;
        for (Item i : items) {
            if (!i.included) {
                continue;
            }
            included++;
            if (i.checked == null && i.problem == null) {
                pending++;
            } else if (i.exportable()) {
                ready++;
            }
        }
        return new Counts(included, pending, ready, included - pending - ready);
    }

    // ---- the run

    public String destination() {
        return destination;
    }

    public void setDestination(String folder) {
        String d = folder == null ? "" : folder;
        if (!d.equals(destination)) {
            destination = d;
            changed();
        }
    }

    /** Why Export cannot run now, or {@link Hold#NONE}. */
    public Hold hold() {
        if (running) {
            return Hold.RUNNING;
        }
        if (loading) {
            return Hold.LOADING;
        }
        if (destination.isBlank()) {
            return Hold.NO_DESTINATION;
        }
        Counts c = counts();
        if (c.included() == 0) {
            return Hold.NOTHING_TICKED;
        }
        if (c.pending() > 0) {
            return Hold.CHECKING;
        }
        if (c.ready() == 0) {
            return Hold.ALL_HELD_BACK;
        }
        return Hold.NONE;
    }

    /** Export when there is something to export; else Close; none while a run is under way (Enter must not stop it). */
    public DefaultAction defaultAction() {
        if (running) {
            return DefaultAction.NONE;
        }
        return hold() == Hold.NONE ? DefaultAction.EXPORT : DefaultAction.CLOSE;
    }

    public boolean running() {
        return running;
    }

    /** The run under way, or null. */
    public Progress progress() {
        return progress;
    }

    /** How the last run ended, or null when none has. */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Exports every ticked, exportable article, one after the other, each a job of its own on the gateway (so a stop
     * takes effect between two articles, and other work of the workspace is not held up for the whole run). What is
     * exported is unticked, so that exporting again does only what is left. Does nothing unless {@link #hold()} is
     * {@link Hold#NONE}.
     */
    public void export(ExportFormat format, ExportOptions options, boolean overwrite) {
        if (hold() != Hold.NONE) {
            return;
        }
        List<Item> todo = items.stream().filter(i -> i.included && i.exportable()).toList();
        int heldBack = (int) items.stream().filter(i -> i.included && !i.exportable()).count();
        Path dir;
        try {
            dir = Path.of(destination.strip());
        } catch (InvalidPathException e) {
            outcome = Outcome.refused(RunProblem.BAD_DESTINATION, destination, heldBack);
            changed();
            return;
        }
        running = true;
        stopRequested = false;
        outcome = null;
        progress = new Progress(0, todo.size(), todo.get(0).headline);
        todo.forEach(i -> {
            i.exported = null;
            i.problem = null;
        });
        changed();
        gateway.run(ws -> {
            Path abs = dir.toAbsolutePath();
            if (Files.exists(abs) && !Files.isDirectory(abs)) {
                return RunProblem.NOT_A_FOLDER;
            }
            service.checkDestination(dir);
            return null;
        }).whenComplete((problem, failure) -> {
            if (problem != null || failure != null) {
                running = false;
                progress = null;
                outcome = problem != null ? Outcome.refused(problem, dir.toString(), heldBack)
                        : Outcome.refused(RunProblem.REFUSED, message(failure), heldBack);
                changed();
                return;
            }
            lastFolder = dir;
            exportNext(todo, 0, new int[2], heldBack, format, options, dir, overwrite);
        });
    }

    private void exportNext(List<Item> todo, int n, int[] doneFailed, int heldBack, ExportFormat format,
            ExportOptions options, Path dir, boolean overwrite) {
        if (n == todo.size() || stopRequested) {
            running = false;
            progress = null;
            todo.stream().filter(i -> i.exported != null).forEach(i -> i.included = false);
            outcome = new Outcome(doneFailed[0], doneFailed[1], heldBack, todo.size() - n, stopRequested, null, null);
            changed();
            return;
        }
        Item item = todo.get(n);
        progress = new Progress(n, todo.size(), item.headline);
        changed();
        ExportService.Checked checked = item.checked;
        gateway.run(ws -> service.export(checked, format, options, dir, overwrite)).whenComplete((result, failure) -> {
            if (failure == null) {
                item.exported = result.file();
                doneFailed[0]++;
            } else {
                Throwable cause = cause(failure);
                item.problem = cause instanceof FileAlreadyExistsException
                        ? new Problem(Failure.EXISTS, ExportService.target(dir, item.id, format).getFileName().toString())
                        : new Problem(Failure.FAILED, message(cause));
                if (!(cause instanceof FileAlreadyExistsException)) {
                    LOG.log(System.Logger.Level.WARNING, "export of " + item.id + " failed", cause);
                }
                doneFailed[1]++;
            }
            exportNext(todo, n + 1, doneFailed, heldBack, format, options, dir, overwrite);
        });
    }

    /** Stops the run after the article being written now. */
    public void stop() {
        if (running && !stopRequested) {
            stopRequested = true;
            changed();
        }
    }

    public boolean stopping() {
        return running && stopRequested;
    }

    /** The exported file of {@code shown} if it has one, else the first exported file, else null. */
    public Path exportedFile(Item shown) {
        if (shown != null && shown.exported != null) {
            return shown.exported;
        }
        return items.stream().map(Item::exported).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The folder the last run wrote into, once something was exported there; else null. */
    public Path exportFolder() {
        return lastFolder != null && items.stream().anyMatch(i -> i.exported != null) ? lastFolder : null;
    }

    // ---- the quotation-mark fix

    /**
     * Brings every quotation mark of the article to the convention of the language around it (the article's region
     * for its own language: the table of {@link QuoteConventions}), as one change of the stored article, refused when
     * the article changed since it was checked; then checks it again. {@link #undoFix} takes it back.
     */
    /** Where articles are open for editing: their fixes go through it. */
    public void setOpenArticles(OpenArticles open) {
        this.openArticles = open == null ? OpenArticles.NONE : open;
    }

    public void fixQuotationMarks(Item item) {
        ExportService.Checked c = item.checked;
        if (c == null || item.quoteFixes.isEmpty() || running || fixing) {
            return;
        }
        fixing = true;
        fixProblem = null;
        Article before = c.article();
        List<TextReplacement> fixes = item.quoteFixes;
        changed();
        CompletableFuture<Boolean> inEditor = openArticles.fix(item.id, before.bodyText(), fixes);
        CompletableFuture<Fix> done = inEditor != null
                ? inEditor.thenApply(saved -> {
                    if (!saved) {
                        throw new IllegalStateException("the editor did not save the fix");
                    }
                    return new Fix(item.id, item.headline, fixes.size(), before, null, true);
                })
                : gateway.run(ws -> {
                    ArticleReplacements.Result r = ArticleReplacements.apply(before, fixes);
                    Article after = ws.save(r.article(), before);
                    return new Fix(item.id, item.headline, r.applied(), before, after, false);
                });
        done.whenComplete((fix, failure) -> {
            fixing = false;
            if (failure != null) {
                fixProblem = message(failure);
            } else {
                lastFix = fix;
            }
            check(item);
            changed();
        });
    }

    /** Puts the article back as it was before the last fix, unless it changed since; then checks it again. */
    public void undoFix() {
        Fix fix = lastFix;
        if (fix == null || fix.inEditor() || running || fixing) {
            return;
        }
        fixing = true;
        fixProblem = null;
        changed();
        gateway.run(ws -> {
            Article back = fix.after().withBody(fix.before().body()).withLanguageMarks(fix.before().languageMarks())
                    .withQuoteMarks(fix.before().quoteMarks());
            return ws.save(back, fix.after());
        }).whenComplete((saved, failure) -> {
            fixing = false;
            if (failure != null) {
                fixProblem = message(failure);
            } else {
                lastFix = null;
            }
            item(fix.articleId()).ifPresent(this::check);
            changed();
        });
    }

    public boolean fixing() {
        return fixing;
    }

    /** The last fix, while it can be undone; else null. */
    public Fix lastFix() {
        return lastFix;
    }

    /** Why the last fix or undo failed, or null. */
    public String fixProblem() {
        return fixProblem;
    }

    // ---- grouping

    /** The quotation-mark replacements of an article: the same rule, table and filter as export's own. */
    static List<TextReplacement> quoteFixes(ExportService.Checked c) {
        try {
            String text = c.article().bodyText();
            return QuoteConventions.fixAll(text, c.analysis(), c.article().language()).stream()
                    .filter(r -> Typography.replacesOnlyMarks(text, r) && !text.substring(r.start(), r.end()).equals(r.replacement()))
                    .toList();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "no quotation-mark fix for " + c.article().id(), e);
            return List.of();
        }
    }

    /**
     * The findings grouped by what they say: one group per severity, check and message, in the order preflight gave
     * them (blockers first), each with its places. A group is about quotation marks when one of its places is the span
     * a quotation-mark fix replaces.
     */
    static List<Group> group(Article article, List<PreflightFinding> findings, List<TextReplacement> quoteFixes) {
        Map<List<Object>, List<Place>> byKey = new LinkedHashMap<>();
        Set<List<Integer>> fixSpans = new LinkedHashSet<>();
        for (TextReplacement r : quoteFixes) {
            fixSpans.add(List.of(r.start(), r.end()));
        }
        String text = article.bodyText();
        int[] starts = article.paragraphStarts();
        for (PreflightFinding f : findings) {
            byKey.computeIfAbsent(List.of(f.severity(), f.check(), f.message()), k -> new ArrayList<>())
                    .add(place(text, starts, f));
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Place>> e : byKey.entrySet()) {
            List<Place> places = e.getValue();
            PreflightFinding f = places.get(0).finding();
            boolean quotes = f.check() == PreflightFinding.Check.COPY_ISSUE && places.stream()
                    .anyMatch(p -> p.finding().hasBodySpan() && fixSpans.contains(List.of(p.finding().start(), p.finding().end())));
            out.add(new Group(f.severity(), f.check(), f.message(), places, quotes));
        }
        return List.copyOf(out);
    }

    /** How many characters of context a place shows on either side of its span. */
    static final int CONTEXT = 24;

    static Place place(String text, int[] starts, PreflightFinding f) {
        if (!f.hasBodySpan() || starts.length == 0) {
            return new Place(f, 0, "");
        }
        int s = Math.min(f.start(), text.length());
        int e = Math.min(Math.max(f.end(), s), text.length());
        int p = 0;
        while (p + 1 < starts.length && starts[p + 1] <= s) {
            p++;
        }
        int paraStart = starts[p];
        int paraEnd = text.indexOf('\n', paraStart);
        paraEnd = paraEnd < 0 ? text.length() : paraEnd;
        e = Math.min(e, paraEnd);
        int from = Math.max(paraStart, s - CONTEXT);
        int to = Math.min(paraEnd, e + CONTEXT);
        // whole words at the edges
        while (from > paraStart && !Character.isWhitespace(text.charAt(from - 1)) && s - from < CONTEXT + 12) {
            from--;
        }
        while (to < paraEnd && !Character.isWhitespace(text.charAt(to)) && to - e < CONTEXT + 12) {
            to++;
        }
        String context = (from > paraStart ? "…" : "") + text.substring(from, to).strip() + (to < paraEnd ? "…" : "");
        return new Place(f, p + 1, context);
    }

    // ---- failures in words

    private static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The failure's own message, or its kind when it has none. */
    static String message(Throwable failure) {
        Throwable t = cause(failure);
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
