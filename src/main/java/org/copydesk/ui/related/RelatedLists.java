package org.copydesk.ui.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.search.IndexedArticle;
import org.copydesk.search.Suggestion;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.WorkspaceIndex;
import org.copydesk.ui.editor.ArticleEditor;

/**
 * What the sidebar lists for the open article, kept up to date as it is opened, edited and analysed: its links (with
 * the targets' headlines, and whether they still exist), the articles linking to it, suggestions, and "See also"
 * paragraphs found in its text. The index is asked on its own thread, the workspace on the desk; the lists change on
 * the FX thread, and only when their content differs (the cells a user may be pointing at stay in place). An answer
 * for an article no longer shown is dropped.
 */
final class RelatedLists {
    static final int SUGGESTIONS = 8;

    private final UiContext ctx;
    private final WorkspaceIndex index;
    private final ArticleEditor editor;
    private final ObservableList<LinkItem> links = FXCollections.observableArrayList();
    private final ObservableList<IndexedArticle> backlinks = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final PauseTransition suggestLater = new PauseTransition(Duration.millis(500));
    private BiConsumer<Article, Boolean> onShow = (a, other) -> { };
    private Article current;
    private long generation;
    /**
     * Counts the findings asked for: only the answer to the last request is shown. An answer for an analysis older
     * than the one shown now (asked by {@link #show} with the analysis of the text before Make link, and answered
     * after the new analysis had cleared the findings) put back a finding whose text had gone.
     */
    private long findingsAsked;

    RelatedLists(UiContext ctx, WorkspaceIndex index, ArticleEditor editor) {
        this.ctx = ctx;
        this.index = index;
        this.editor = editor;
        suggestLater.setOnFinished(e -> refreshSuggestions());
        editor.analysisProperty().addListener((o, a, analysis) -> {
            refreshFindings(analysis);
            suggestLater.playFromStart();
        });
        editor.dirtyProperty().addListener((o, a, b) -> suggestLater.playFromStart());
        editor.articleProperty().addListener((o, a, b) -> show(b));
        index.readyProperty().addListener((o, a, ready) -> {
            if (ready) {
                show(current);
            }
        });
    }

    ObservableList<LinkItem> links() {
        return links;
    }

    ObservableList<IndexedArticle> backlinks() {
        return backlinks;
    }

    ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    ObservableList<Finding> findings() {
        return findings;
    }

    /** The article shown (as last opened or saved; the editor holds it as edited). */
    Article current() {
        return current;
    }

    /** Told after each {@link #show}: the article (null: none) and whether it is another article than before. */
    void setOnShow(BiConsumer<Article, Boolean> onShow) {
        this.onShow = onShow;
    }

    /** The headline shown for a link's target, or its id while none is known. */
    String headlineOf(String targetId) {
        return links.stream().filter(l -> l.link().targetId().equals(targetId) && l.headline() != null)
                .map(LinkItem::headline).findFirst().orElse(targetId);
    }

    /** Shows the related stories of an article (null: none open). */
    void show(Article article) {
        boolean other = current == null || article == null || !current.id().equals(article.id());
        current = article;
        long gen = ++generation;
        if (other) {
            suggestions.clear();
        }
        onShow.accept(article, other);
        if (article == null) {
            links.clear();
            backlinks.clear();
            findings.clear();
            return;
        }
        // at once: the links as they are (with the headlines already known); headlines once the index answers
        Map<String, LinkItem> known = new HashMap<>();
        if (!other) {
            links.forEach(k -> known.put(k.link().targetId(), k));
        }
        setIfChanged(links, article.links().stream().map(l -> Optional.ofNullable(known.get(l.targetId()))
                .map(k -> new LinkItem(l, k.headline(), k.exists())).orElse(new LinkItem(l, null, true))).toList());
        index.query(i -> {
            Map<String, String> headlines = new HashMap<>();
            for (RelatedLink l : article.links()) {
                i.find(l.targetId()).ifPresent(t -> headlines.put(l.targetId(), t.headline()));
            }
            return new LinkTargets(headlines, i.backlinks(article.id()));
        }, targets -> {
            if (gen == generation) {
                showTargets(article, targets, gen);
            }
        });
        refreshSuggestions();
        refreshFindings(editor.analysisProperty().get());
    }

    /**
     * Shows the links with the headlines the index knows; whether the others still exist (a file the index has not
     * seen yet, or a broken link) is asked on the desk.
     */
    private void showTargets(Article article, LinkTargets targets, long gen) {
        setIfChanged(backlinks, targets.backlinks());
        List<String> unknown = article.links().stream().map(RelatedLink::targetId)
                .filter(id -> !targets.headlines().containsKey(id)).toList();
        if (unknown.isEmpty()) {
            setIfChanged(links, items(article, targets, Set.of()));
            return;
        }
        ctx.desk().run(ws -> unknown.stream().filter(ws::exists).collect(Collectors.toSet())).whenComplete((existing, failure) -> {
            if (gen == generation) {
                // a failed look-up shows the links as they are (by id), never as broken
                setIfChanged(links, items(article, targets, failure != null ? Set.copyOf(unknown) : existing));
            }
        });
    }

    private static List<LinkItem> items(Article article, LinkTargets targets, Set<String> existing) {
        List<LinkItem> items = new ArrayList<>();
        for (RelatedLink l : article.links()) {
            String headline = targets.headlines().get(l.targetId());
            boolean exists = headline != null || existing.contains(l.targetId());
            items.add(new LinkItem(l, headline != null ? headline : exists ? l.targetId() : null, exists));
        }
        return items;
    }

    /** Replaces the items of a list only when they differ: the cells a user may be pointing at stay in place. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    /** The most similar articles to the article as it is in the editor now, saved or not. */
    private void refreshSuggestions() {
        suggestLater.stop();
        if (current == null) {
            return;
        }
        Article now = editor.edited().filter(a -> a.id().equals(current.id())).orElse(current);
        long gen = generation;
        index.query(i -> i.suggestions(now, SUGGESTIONS), s -> {
            if (gen == generation) {
                suggestions.setAll(s);
            }
        });
    }

    private void refreshFindings(Analysis analysis) {
        long asked = ++findingsAsked;
        if (current == null || analysis == null) {
            findings.clear();
            return;
        }
        List<CopyIssue> seeAlso = seeAlso(analysis).toList();
        if (seeAlso.isEmpty()) {
            findings.clear();
            return;
        }
        String id = current.id();
        long gen = generation;
        index.query(i -> {
            List<Finding> out = new ArrayList<>();
            for (CopyIssue issue : seeAlso) {
                out.add(new Finding(issue, i.matchHeadline(issue.reference(), id).orElse(null)));
            }
            return out;
        }, found -> {
            if (gen == generation && asked == findingsAsked) {
                setIfChanged(findings, found);
            }
        });
    }

    static Stream<CopyIssue> seeAlso(Analysis analysis) {
        return analysis.issues().stream()
                .filter(i -> i.type() == IssueType.RELATED_LINK && i.reference() != null && !i.reference().isBlank());
    }

    /** Headlines for the autocompletion (called by ControlsFX off the FX thread). */
    Collection<IndexedArticle> complete(String typed) {
        Article a = current;
        if (typed == null || typed.isBlank() || a == null) {
            return List.of();
        }
        try {
            return index.ask(i -> i.completeHeadline(typed, 12)).stream()
                    .filter(x -> !x.id().equals(a.id()) && a.links().stream().noneMatch(l -> l.targetId().equals(x.id())))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
