package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.scene.layout.BorderPane;
import org.copydesk.analysis.QuoteConventions;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.editing.Marks;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.MarkRules;
import org.copydesk.model.QuoteMark;
import org.copydesk.storage.ArticleEntry;
import org.junit.jupiter.api.Test;

/**
 * The proof of issue 10: long random sequences of what a copy editor does — type, delete, paste, type over a
 * selection, mark as a language, mark as a quotation, remove a mark, undo, redo, Fix quotation marks, save, switch to
 * another article and back, close and reopen in a fresh editor — drive the real editor, and after every step the
 * editor's text and hand marks equal a small reference model that knows nothing of offsets (each character carries
 * the marks it belongs to). After every save the file equals the model and is valid; after every reopen the editor
 * shows the same hand marks on the same text.
 *
 * <p>Seeded: {@code -Dcopydesk.roundtrip.seed=N} picks the first sequence's seed, {@code -Dcopydesk.roundtrip.scale=100}
 * runs 100 times as many sequences (locally; CI runs {@link #SEQUENCES} × {@link #STEPS}). A failure names its seed and
 * step.
 */
class EditorRoundTripTest extends EditorTestBase {
    static final int SEQUENCES = 3;
    static final int STEPS = 80;
    private static final String[] WORDS = {"the ", "mayor ", "said ", "bonjour ", "«oui» ", "\"no\" ", "Straße ", "à ", "x",
        " ", "y", "\n", "déjà vu ", "“fine” "};
    private static final String[] LANGUAGES = {"fr", "de", "es", "it"};

    @Test
    void theSavedFileAndTheEditorAlwaysEqualTheModel() throws Exception {
        long first = Long.getLong("copydesk.roundtrip.seed", 20261130L);
        int sequences = SEQUENCES * Integer.getInteger("copydesk.roundtrip.scale", 1);
        Article other = workspace.create(Article.draft("x", "Another story", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Article.paragraphsOf("Nothing to see here.")));
        long t0 = System.nanoTime();
        for (int s = 0; s < sequences; s++) {
            runSequence(first + s, other.id());
        }
        System.out.printf("editor round trip: %d sequences x %d steps in %.1f s%n", sequences, STEPS, (System.nanoTime() - t0) / 1e9);
    }

    private void runSequence(long seed, String otherId) throws Exception {
        Random r = new Random(seed);
        String start = "The mayor said «bonjour» to the crowd.\nLe maire a dit \"merci\".\nA third paragraph.";
        Article a = Article.draft("x", "Round trip " + seed, "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Article.paragraphsOf(start));
        if (editor != null) {
            onFx(() -> {
                editor.close();
                return null;
            });
        }
        openEditor(a, null);
        String id = onFx(() -> editor.articleProperty().get().id());
        Model model = new Model(start);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            String op = null;
            try {
                op = step(r, model, id, otherId);
                done.add(op);
                checkEditor(model);
            } catch (Throwable e) {
                throw new AssertionError("seed " + seed + " (-Dcopydesk.roundtrip.seed=" + seed + "), step " + step + ": " + op
                        + "\nlast steps: " + done.subList(Math.max(0, done.size() - 8), done.size()), e);
            }
        }
    }

    /** Does one random user operation on the editor and the model; returns what it did. */
    private String step(Random r, Model model, String id, String otherId) throws Exception {
        int len = model.length();
        int pick = r.nextInt(100);
        int from = r.nextInt(len + 1);
        int to = from + r.nextInt(Math.min(12, len - from) + 1);
        if (pick < 22) {
            String w = WORDS[r.nextInt(WORDS.length)];
            onFx(() -> {
                area().insertText(from, w);
                return null;
            });
            model.edit(from, 0, w);
            return "type " + show(w) + " at " + from;
        } else if (pick < 30 && to > from) {
            onFx(() -> {
                area().deleteText(from, to);
                return null;
            });
            model.edit(from, to - from, "");
            return "delete [" + from + ", " + to + ")";
        } else if (pick < 36 && to > from) {
            String w = WORDS[r.nextInt(WORDS.length)];
            onFx(() -> {
                area().selectRange(from, to);
                area().replaceSelection(w);
                return null;
            });
            model.edit(from, to - from, w);
            return "type " + show(w) + " over [" + from + ", " + to + ")";
        } else if (pick < 41) {
            String pasted = r.nextBoolean() ? "pasted words " : "pasted line\nand «another»";
            onFx(() -> {
                area().selectRange(from, to);
                editor.insertParagraphs(Article.paragraphsOf(pasted));
                return null;
            });
            model.edit(from, to - from, pasted);
            return "paste " + show(pasted) + " over [" + from + ", " + to + ")";
        } else if (pick < 53 && to > from) {
            String lang = LANGUAGES[r.nextInt(LANGUAGES.length)];
            boolean ok = onFx(() -> {
                area().selectRange(from, to);
                return editor.body().markLanguage(lang);
            });
            assertThat(ok).isTrue();
            model.markLanguage(from, to, lang);
            return "mark [" + from + ", " + to + ") " + lang;
        } else if (pick < 61 && to > from) {
            onFx(() -> {
                area().selectRange(from, to);
                return editor.body().markQuotation();
            });
            model.markQuotation(from, to);
            return "mark quotation [" + from + ", " + to + ")";
        } else if (pick < 67) {
            boolean selection = r.nextBoolean() && to > from;
            onFx(() -> {
                if (selection) {
                    area().selectRange(from, to);
                } else {
                    area().moveTo(from);
                }
                return editor.body().removeMark();
            });
            if (selection) {
                model.removeFromSelection(from, to);
            } else {
                model.removeAt(from);
            }
            return "remove mark " + (selection ? "[" + from + ", " + to + ")" : "at " + from);
        } else if (pick < 77) {
            boolean available = onFx(() -> area().isUndoAvailable());
            assertThat(available).as("undo available").isEqualTo(!model.undo.isEmpty());
            if (available) {
                onFx(() -> {
                    area().undo();
                    return null;
                });
                model.undo();
            }
            return "undo";
        } else if (pick < 83) {
            boolean available = onFx(() -> area().isRedoAvailable());
            assertThat(available).as("redo available").isEqualTo(!model.redo.isEmpty());
            if (available) {
                onFx(() -> {
                    area().redo();
                    return null;
                });
                model.redo();
            }
            return "redo";
        } else if (pick < 86) {
            // Fix quotation marks, as the preview's "Apply all" does it
            waitForAnalysisOfCurrentText();
            List<TextReplacement> fixes = onFx(() -> {
                String text = area().getText();
                List<TextReplacement> all = QuoteConventions.fixAll(text, editor.body().shown().analysis()).stream()
                        .filter(f -> !text.substring(f.start(), f.end()).equals(f.replacement())).toList();
                if (!all.isEmpty()) {
                    editor.body().applyReplacements(all);
                }
                return all;
            });
            if (!fixes.isEmpty()) {
                model.replaceAll(fixes);
            }
            return "fix quotation marks (" + fixes.size() + ")";
        } else if (pick < 93) {
            assertThat(await(() -> editor.save())).isTrue();
            checkFile(model, id);
            return "save";
        } else if (pick < 97) {
            assertThat(await(() -> editor.saveAll())).isTrue(); // the autosave on switching
            onFx(() -> {
                editor.open(workspace.load(otherId));
                editor.open(workspace.load(id));
                return null;
            });
            model.forgetHistory();
            checkFile(model, id);
            return "switch to another article and back";
        } else {
            assertThat(await(() -> editor.save())).isTrue();
            onFx(() -> {
                editor.close();
                return null;
            });
            Article stored = workspace.get(id);
            openStoredInFreshEditor(id);
            model.forgetHistory();
            checkFile(model, id);
            checkEditor(model);
            for (LanguageMark m : model.languageMarks()) {
                int at = firstLetter(model.text.toString(), m.start(), m.end());
                if (at >= 0) {
                    assertThat(classesAt(at)).as("reopened, " + m).contains("hand-mark");
                }
            }
            assertThat(stored.bodyText()).isEqualTo(model.text.toString());
            return "close and reopen in a fresh editor";
        }
    }

    private void openStoredInFreshEditor(String id) throws Exception {
        BorderPane root = onFx(() -> {
            editor = newEditor();
            BorderPane b = new BorderPane(editor.view());
            b.setBottom(editor.statusView());
            return b;
        });
        show(root, 1000, 650);
        onFx(() -> {
            editor.open(workspace.load(id));
            return null;
        });
    }

    private static int firstLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\n') {
                return i;
            }
        }
        return -1;
    }

    private void checkEditor(Model model) throws Exception {
        onFx(() -> {
            // every step is its own undo step (typing merges words; the model keeps one step per operation)
            editor.body().history().preventMerge();
            return null;
        });
        String text = bodyText();
        assertThat(text).as("text").isEqualTo(model.text.toString());
        Marks marks = onFx(() -> editor.body().marks());
        assertThat(sortedLanguages(marks.languages())).as("language marks").isEqualTo(model.languageMarks());
        assertThat(sortedQuotes(marks.quotes())).as("quotation marks").isEqualTo(model.quoteMarks());
        assertThat(MarkRules.check(text.length(), marks.languages(), marks.quotes()).leftOut()).as("every mark valid").isEmpty();
    }

    private void checkFile(Model model, String id) throws Exception {
        ArticleEntry e = workspace.load(id);
        assertThat(e.marksLeftOut()).as("the saved file is valid").isEmpty();
        assertThat(e.readOnly()).isFalse();
        assertThat(e.article().bodyText()).as("saved text").isEqualTo(model.text.toString());
        assertThat(sortedLanguages(e.article().languageMarks())).as("saved language marks").isEqualTo(model.languageMarks());
        assertThat(sortedQuotes(e.article().quoteMarks())).as("saved quotation marks").isEqualTo(model.quoteMarks());
    }

    private static List<LanguageMark> sortedLanguages(List<LanguageMark> l) {
        return l.stream().sorted(Comparator.comparingInt(LanguageMark::start).thenComparingInt(LanguageMark::end)).toList();
    }

    private static List<QuoteMark> sortedQuotes(List<QuoteMark> l) {
        return l.stream().sorted(Comparator.comparingInt(QuoteMark::start).thenComparingInt(QuoteMark::end)).toList();
    }

    private static String show(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }

    /**
     * The reference: the text as a list of characters, each carrying the id of the hand language mark it belongs to
     * (-1: none) and the ids of the hand quotations it is in. A mark is the run of characters carrying its id.
     */
    static final class Model {
        StringBuilder text;
        List<Integer> lang = new ArrayList<>();
        List<Set<Integer>> quotes = new ArrayList<>();
        Map<Integer, String> languageOf = new HashMap<>();
        int nextId = 1;
        final Deque<Model> undo = new ArrayDeque<>();
        final Deque<Model> redo = new ArrayDeque<>();

        Model(String start) {
            text = new StringBuilder(start);
            for (int i = 0; i < start.length(); i++) {
                lang.add(-1);
                quotes.add(new HashSet<>());
            }
        }

        private Model(Model m) {
            text = new StringBuilder(m.text);
            lang = new ArrayList<>(m.lang);
            for (Set<Integer> q : m.quotes) {
                quotes.add(new HashSet<>(q));
            }
            languageOf = new HashMap<>(m.languageOf);
            nextId = m.nextId;
        }

        int length() {
            return text.length();
        }

        private void restore(Model m) {
            text = new StringBuilder(m.text);
            lang = new ArrayList<>(m.lang);
            quotes = new ArrayList<>();
            for (Set<Integer> q : m.quotes) {
                quotes.add(new HashSet<>(q));
            }
            languageOf = new HashMap<>(m.languageOf);
            nextId = m.nextId;
        }

        /** Records an undoable step if it changed anything. */
        private void step(Runnable change) {
            Model before = new Model(this);
            List<LanguageMark> l0 = languageMarks();
            List<QuoteMark> q0 = quoteMarks();
            change.run();
            if (!text.toString().equals(before.text.toString()) || !l0.equals(languageMarks()) || !q0.equals(quoteMarks())) {
                undo.push(before);
                redo.clear();
            }
        }

        void undo() {
            redo.push(new Model(this));
            restore(undo.pop());
        }

        void redo() {
            undo.push(new Model(this));
            restore(redo.pop());
        }

        void forgetHistory() {
            undo.clear();
            redo.clear();
        }

        void edit(int pos, int removed, String inserted) {
            step(() -> replace(pos, removed, inserted));
        }

        void replaceAll(List<TextReplacement> fixes) {
            step(() -> fixes.stream().sorted(Comparator.comparingInt(TextReplacement::start).reversed())
                    .forEach(f -> replace(f.start(), f.end() - f.start(), f.replacement())));
        }

        /** Typed text joins the marks that held every character it replaces, or both characters around it. */
        private void replace(int pos, int removed, String inserted) {
            int joinLang;
            Set<Integer> joinQuotes;
            if (removed > 0) {
                joinLang = lang.get(pos);
                joinQuotes = new HashSet<>(quotes.get(pos));
                for (int i = pos; i < pos + removed; i++) {
                    if (lang.get(i) != joinLang) {
                        joinLang = -1;
                    }
                    joinQuotes.retainAll(quotes.get(i));
                }
            } else if (pos > 0 && pos < text.length()) {
                joinLang = lang.get(pos - 1).equals(lang.get(pos)) ? lang.get(pos) : -1;
                joinQuotes = new HashSet<>(quotes.get(pos - 1));
                joinQuotes.retainAll(quotes.get(pos));
            } else {
                joinLang = -1;
                joinQuotes = Set.of();
            }
            text.replace(pos, pos + removed, inserted);
            for (int i = 0; i < removed; i++) {
                lang.remove(pos);
                quotes.remove(pos);
            }
            for (int i = 0; i < inserted.length(); i++) {
                lang.add(pos, joinLang);
                quotes.add(pos, new HashSet<>(joinQuotes));
            }
        }

        void markLanguage(int from, int to, String language) {
            step(() -> {
                int id = nextId++;
                languageOf.put(id, language);
                for (int i = from; i < to; i++) {
                    lang.set(i, id);
                }
                splitLanguageRuns();
            });
        }

        void markQuotation(int from, int to) {
            step(() -> {
                for (Map.Entry<Integer, int[]> q : quoteRanges().entrySet()) {
                    int s = q.getValue()[0];
                    int e = q.getValue()[1];
                    boolean around = s <= from && to <= e && !(s == from && e == to);
                    boolean apart = e <= from || to <= s;
                    if (!around && !apart) {
                        dropQuote(q.getKey());
                    }
                }
                int id = nextId++;
                for (int i = from; i < to; i++) {
                    quotes.get(i).add(id);
                }
            });
        }

        void removeFromSelection(int from, int to) {
            step(() -> {
                for (int i = from; i < to; i++) {
                    lang.set(i, -1);
                }
                splitLanguageRuns();
                for (Map.Entry<Integer, int[]> q : quoteRanges().entrySet()) {
                    if (q.getValue()[0] < to && from < q.getValue()[1]) {
                        dropQuote(q.getKey());
                    }
                }
            });
        }

        void removeAt(int caret) {
            step(() -> {
                for (Map.Entry<Integer, int[]> m : languageRanges().entrySet()) {
                    if (m.getValue()[0] <= caret && caret <= m.getValue()[1]) {
                        for (int i = m.getValue()[0]; i < m.getValue()[1]; i++) {
                            lang.set(i, -1);
                        }
                    }
                }
                for (Map.Entry<Integer, int[]> q : quoteRanges().entrySet()) {
                    if (q.getValue()[0] <= caret && caret <= q.getValue()[1]) {
                        dropQuote(q.getKey());
                    }
                }
            });
        }

        private void dropQuote(int id) {
            for (Set<Integer> q : quotes) {
                q.remove(id);
            }
        }

        /** A language mark cut in two by a newer mark continues as two marks: the part after the cut gets its own id. */
        private void splitLanguageRuns() {
            Set<Integer> seen = new HashSet<>();
            int prev = -1;
            for (int i = 0; i < lang.size(); i++) {
                int id = lang.get(i);
                if (id != -1 && id != prev && !seen.add(id)) {
                    int fresh = nextId++;
                    languageOf.put(fresh, languageOf.get(id));
                    for (int k = i; k < lang.size() && lang.get(k) == id; k++) {
                        lang.set(k, fresh);
                    }
                    id = fresh;
                    seen.add(id);
                }
                prev = id;
            }
        }

        private Map<Integer, int[]> languageRanges() {
            Map<Integer, int[]> out = new HashMap<>();
            for (int i = 0; i < lang.size(); i++) {
                int id = lang.get(i);
                if (id != -1) {
                    int at = i;
                    out.merge(id, new int[] {i, i + 1}, (a, b) -> new int[] {Math.min(a[0], at), Math.max(a[1], at + 1)});
                }
            }
            return out;
        }

        private Map<Integer, int[]> quoteRanges() {
            Map<Integer, int[]> out = new HashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                for (int id : quotes.get(i)) {
                    int at = i;
                    out.merge(id, new int[] {i, i + 1}, (a, b) -> new int[] {Math.min(a[0], at), Math.max(a[1], at + 1)});
                }
            }
            return out;
        }

        List<LanguageMark> languageMarks() {
            return sortedLanguages(languageRanges().entrySet().stream()
                    .map(e -> new LanguageMark(e.getValue()[0], e.getValue()[1], languageOf.get(e.getKey()), MarkOrigin.MANUAL)).toList());
        }

        List<QuoteMark> quoteMarks() {
            return sortedQuotes(quoteRanges().values().stream()
                    .map(r -> new QuoteMark(r[0], r[1], null, MarkOrigin.MANUAL)).toList());
        }
    }
}
