package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.importing.Samples.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.copydesk.analysis.SharedAnalyzer;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.Paragraph;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;

/** Import, the real analyser's findings, clean-up: the story as a desk would want it. */
class CleanupEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static Article importHtml(String html) throws ImportException {
        Importer importer = new Importer(null, Importer.DEFAULT_MAX_BYTES, () -> NOW, id -> false);
        return importer.importBytes("story.html", html.getBytes(StandardCharsets.UTF_8)).draft();
    }

    @Test
    void theAnalyserFindsTheSeeAlsoLineAndTheBoilerplateAndCleanUpRemovesThem() throws Exception {
        Article a = importHtml(HTML);
        List<CleanupItem> items = Cleanup.findings(a, SharedAnalyzer.get().analyze(a),
                Cleanup.lookupOf(List.of(Article.draft("marseille-terminal", "Port of Marseille plans new container terminal", "en", NOW))));
        assertThat(items).extracting(CleanupItem::text).containsExactly(SEE_ALSO, NEWSLETTER, COPYRIGHT);
        assertThat(items.get(0).kind()).isEqualTo(CleanupItem.Kind.MAKE_RELATED_LINK);
        assertThat(items.get(0).headline()).isEqualTo("Port of Marseille plans new container terminal");
        assertThat(items.get(0).targetId()).isEqualTo("marseille-terminal");

        Article clean = Cleanup.apply(a, items);
        assertThat(clean.body()).extracting(Paragraph::text).doesNotContain(SEE_ALSO, NEWSLETTER, COPYRIGHT)
                .contains(P1, P4);
        assertThat(clean.links()).contains(new RelatedLink("marseille-terminal", Relation.SEE_ALSO,
                "Port of Marseille plans new container terminal"));
        for (LanguageMark m : clean.languageMarks()) {
            assertThat(clean.bodyText().substring(m.start(), m.end())).startsWith("«").endsWith("»");
        }
    }
}
