package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SearchCommandsTest {
    @TempDir
    Path dir;
    Workspace ws;
    Article storm;
    Article villages;
    Article armee;
    String out;
    String err;

    @BeforeEach
    void setUp() throws IOException {
        ws = Workspace.open(dir);
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        storm = ws.create(Article.draft("x", "Storm floods coastal villages", "en", t).withStatus(ArticleStatus.READY)
                .withTags(List.of("weather"))
                .withBody(Article.paragraphsOf("The storm flooded coastal villages overnight.\nRescue teams evacuated the villages.")));
        villages = ws.create(Article.draft("x", "Coastal villages count storm damage", "en", t)
                .withBody(Article.paragraphsOf("Villages on the coast counted the damage after the storm. Rescue teams stayed.")));
        armee = ws.create(Article.draft("x", "L’armée française prépare un exercice", "fr", t)
                .withBody(Article.paragraphsOf("Les soldats partiront lundi.")));
    }

    int run(String... args) {
        CommandLine cl = CopydeskCommand.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        String[] full = new String[args.length + 2];
        full[0] = "--workspace";
        full[1] = dir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        int code = cl.execute(full);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void searchPrintsMatchesWithHighlights() {
        assertThat(run("search", "armées")).isZero();
        assertThat(out).contains(armee.id()).contains("L’[armée] française").contains("1 article found.");
    }

    @Test
    void searchJsonAndFilters() throws IOException {
        assertThat(run("search", "storm", "--status", "ready", "--json")).isZero();
        JsonNode n = Json.mapper().readTree(out);
        assertThat(n.get("total").asInt()).isEqualTo(1);
        assertThat(n.get("hits").get(0).get("id").asText()).isEqualTo(storm.id());
        assertThat(n.get("hits").get(0).get("headlineMatches").get(0).get(0).asInt()).isZero();

        assertThat(run("search", "--tag", "weather")).isZero();
        assertThat(out).contains(storm.id()).doesNotContain(villages.id());
        assertThat(run("search", "--language", "fr")).isZero();
        assertThat(out).contains(armee.id()).doesNotContain(storm.id());
    }

    @Test
    void searchRejectsBadFiltersAndEmptyQueriesWithExit1() {
        assertThat(run("search", "storm", "--status", "published")).isEqualTo(1);
        assertThat(err).contains("unknown desk status");
        assertThat(run("search", "storm", "--from", "yesterday")).isEqualTo(1);
        assertThat(err).contains("not a day");
        assertThat(run("search")).isEqualTo(1);
        assertThat(run("search", "--limit")).isEqualTo(2);
    }

    @Test
    void searchSurvivesQuerySyntaxOfOtherTools() {
        assertThat(run("search", "AND", "(")).isZero();
        assertThat(run("search", "\"unterminated")).isZero();
        assertThat(run("search", "storm AND (")).isZero();
        assertThat(out).contains(storm.id());
    }

    @Test
    void linkThenRelatedShowsLinksBacklinksBrokenLinksAndSuggestions() throws IOException {
        assertThat(run("link", storm.id(), villages.id(), "--relation", "follow-up", "--note", "next day")).isZero();
        assertThat(ws.get(storm.id()).links()).containsExactly(new RelatedLink(villages.id(), Relation.FOLLOW_UP, "next day"));

        ws.save(ws.get(storm.id()).withLinks(List.of(ws.get(storm.id()).links().get(0),
                new RelatedLink("deleted-story", Relation.BACKGROUND, null))));
        assertThat(run("related", storm.id())).isZero();
        assertThat(out).contains("follow-up").contains("Coastal villages count storm damage").contains("next day")
                .contains("deleted-story").contains("BROKEN");

        assertThat(run("related", villages.id(), "--json")).isZero();
        JsonNode n = Json.mapper().readTree(out);
        assertThat(n.get("backlinks").get(0).get("id").asText()).isEqualTo(storm.id());
        assertThat(n.get("suggestions").findValuesAsText("id")).doesNotContain(villages.id());
    }

    @Test
    void linkValidatesBothIdsAndTheRelation() throws IOException {
        assertThat(run("link", storm.id(), "no-such-story")).isEqualTo(1);
        assertThat(err).contains("no article 'no-such-story'");
        assertThat(run("link", "../etc", villages.id())).isEqualTo(1);
        assertThat(run("link", storm.id(), storm.id())).isEqualTo(1);
        assertThat(run("link", storm.id(), villages.id(), "--relation", "cousin")).isEqualTo(1);
        assertThat(err).contains("unknown relation");
        assertThat(run("link", storm.id())).isEqualTo(2);
        Files.writeString(ws.articlesDir().resolve("broken.json"), "{");
        assertThat(run("link", "broken", villages.id())).isEqualTo(1);
        assertThat(Files.readString(ws.articlesDir().resolve("broken.json"))).isEqualTo("{");
        assertThat(ws.get(storm.id()).links()).isEmpty();
    }

    @Test
    void linkAgainUpdatesAndRemoveTakesTheLinkAway() throws IOException {
        assertThat(run("link", storm.id(), villages.id())).isZero();
        assertThat(run("link", storm.id(), villages.id(), "--relation", "background")).isZero();
        assertThat(ws.get(storm.id()).links()).containsExactly(new RelatedLink(villages.id(), Relation.BACKGROUND, null));
        assertThat(run("link", storm.id(), villages.id(), "--remove")).isZero();
        assertThat(ws.get(storm.id()).links()).isEmpty();
        assertThat(run("link", storm.id(), villages.id(), "--remove")).isEqualTo(1);
    }

    @Test
    void relatedOfAMissingArticleIsExit1() {
        assertThat(run("related", "nothing-here")).isEqualTo(1);
        assertThat(err).contains("no article");
    }
}
