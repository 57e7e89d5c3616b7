package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.storage.Workspace;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.DaemonClient;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;
import org.copydesk.testing.GitIsolation;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two desks cloned from one remote, each editing and syncing: through a bare repository over file://, and through
 * JGit's own git daemon on 127.0.0.1.
 */
class DeskSyncTest {
    @TempDir
    static Path shared;
    static SystemReader before;
    static Daemon daemon;
    static Repository served;
    static int daemonRemotes;

    @BeforeAll
    static void startServer() throws Exception {
        before = GitIsolation.isolate(shared.resolve("gitconfig"));
        daemon = new Daemon(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        daemon.getService("git-receive-pack").setEnabled(true);
        daemon.getService("git-receive-pack").setOverridable(false);
        RepositoryResolver<DaemonClient> resolver = (client, name) -> {
            Path dir = shared.resolve("served").resolve(name.replace("/", "")).normalize();
            if (!dir.startsWith(shared.resolve("served"))) {
                throw new RepositoryNotFoundException(name);
            }
            try {
                return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
            } catch (IOException e) {
                throw new RepositoryNotFoundException(name, e);
            }
        };
        daemon.setRepositoryResolver(resolver);
        daemon.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        daemon.stopAndWait();
        SystemReader.setInstance(before);
    }

    /** A fresh remote: a folder over file://, or a repository served by the daemon over git://127.0.0.1. */
    static Stream<String> remotes() {
        return Stream.of("file", "daemon");
    }

    static String newRemote(String kind, Path dir) throws Exception {
        if (kind.equals("file")) {
            return Desks.bareRemote(dir.resolve("remote.git")).toUri().toString();
        }
        String name = "desk" + (++daemonRemotes) + ".git";
        Desks.bareRemote(shared.resolve("served").resolve(name));
        return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/" + name;
    }

    record Pair(Workspace anna, Workspace ben, DeskRepository a, DeskRepository b) implements AutoCloseable {
        @Override
        public void close() {
            a.close();
            b.close();
        }
    }

    /** Anna starts the desk with one article and syncs; Ben, with an empty workspace, syncs and receives it. */
    static Pair twoDesks(String kind, Path dir, Article first) throws Exception {
        String url = newRemote(kind, dir);
        Workspace anna = Workspace.open(dir.resolve("anna"));
        Workspace ben = Workspace.open(dir.resolve("ben"));
        anna.saveOverwriting(first);
        DeskRepository a = DeskRepository.open(anna);
        DeskRepository b = DeskRepository.open(ben);
        SyncReport sent = a.sync(url, Desks.ANNA);
        assertThat(sent.sent()).isTrue();
        SyncReport got = b.sync(url, Desks.BEN);
        assertThat(got.received()).containsExactly(first.id());
        assertThat(ben.get(first.id()).bodyText()).isEqualTo(anna.get(first.id()).bodyText());
        return new Pair(anna, ben, a, b);
    }

    static Article story(String... paragraphs) {
        return Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(String.join("\n", paragraphs)));
    }

    static Article edit(Workspace ws, int paragraph, String text) throws Exception {
        Article a = ws.get("harbour");
        List<Paragraph> body = new ArrayList<>(a.body());
        body.set(paragraph, Paragraph.of(text));
        return ws.save(a.withBody(body));
    }

    static List<String> texts(Workspace ws) throws Exception {
        return ws.get("harbour").body().stream().map(Paragraph::text).toList();
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void editsToDifferentParagraphsMergeOnBothDesks(String kind, @TempDir Path dir) throws Exception {
        try (Pair p = twoDesks(kind, dir, story("The port was shut.", "Ships waited.", "Unions met."))) {
            edit(p.anna(), 0, "The port was shut on Monday.");
            edit(p.ben(), 1, "Forty ships waited.");
            p.a().sync(null, Desks.ANNA);
            SyncReport r = p.b().sync(null, Desks.BEN);
            assertThat(r.merged()).containsExactly("harbour");
            assertThat(r.conflictsLeft()).isFalse();
            p.a().sync(null, Desks.ANNA);
            List<String> expected = List.of("The port was shut on Monday.", "Forty ships waited.", "Unions met.");
            assertThat(texts(p.ben())).isEqualTo(expected);
            assertThat(texts(p.anna())).isEqualTo(expected);
            assertThat(Files.readString(p.anna().fileOf("harbour"))).doesNotContain("<<<<<<<").doesNotContain(">>>>>>>");
        }
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void theSameParagraphEditedOnBothDesksKeepsBothAndIsRecorded(String kind, @TempDir Path dir) throws Exception {
        try (Pair p = twoDesks(kind, dir, story("The port was shut.", "Ships waited."))) {
            edit(p.anna(), 1, "Forty ships waited.");
            edit(p.ben(), 1, "Some ships left.");
            p.a().sync(null, Desks.ANNA);
            SyncReport r = p.b().sync(null, Desks.BEN);
            assertThat(r.conflictsLeft()).isTrue();
            assertThat(r.unresolved()).containsExactly("harbour");
            assertThat(texts(p.ben())).containsExactly("The port was shut.", "Some ships left.", "Forty ships waited.");
            assertThat(p.b().openConflicts("harbour"))
                    .containsExactly(new Conflict("body", List.of("Some ships left."), List.of("Forty ships waited.")));
            String file = Files.readString(p.ben().fileOf("harbour"));
            assertThat(file).doesNotContain("<<<<<<<").contains("\"conflicts\"");
            // the other desk receives the article with both versions and the conflict recorded
            SyncReport back = p.a().sync(null, Desks.ANNA);
            assertThat(back.unresolved()).containsExactly("harbour");
            assertThat(texts(p.anna())).containsExactly("The port was shut.", "Some ships left.", "Forty ships waited.");
            // nothing lost: both sides' versions are in the history
            assertThat(p.a().history("harbour")).extracting(Version::author).contains("Anna Reporter", "Ben Subeditor");
        }
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void headlineOnOneDeskBodyOnTheOther(String kind, @TempDir Path dir) throws Exception {
        try (Pair p = twoDesks(kind, dir, story("The port was shut.", "Ships waited."))) {
            p.anna().save(p.anna().get("harbour").withHeadline("Harbour reopens after strike"));
            edit(p.ben(), 0, "The port was shut for a week.");
            p.a().sync(null, Desks.ANNA);
            assertThat(p.b().sync(null, Desks.BEN).conflictsLeft()).isFalse();
            p.a().sync(null, Desks.ANNA);
            for (Workspace ws : List.of(p.anna(), p.ben())) {
                Article a = ws.get("harbour");
                assertThat(a.headline()).isEqualTo("Harbour reopens after strike");
                assertThat(a.body().get(0).text()).isEqualTo("The port was shut for a week.");
            }
        }
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void deletedOnOneDeskEditedOnTheOtherTheEditWinsAndTheDeleteIsReported(String kind, @TempDir Path dir) throws Exception {
        try (Pair p = twoDesks(kind, dir, story("The port was shut.", "Ships waited."))) {
            p.anna().delete("harbour");
            edit(p.ben(), 1, "Forty ships waited.");
            p.a().sync(null, Desks.ANNA);
            SyncReport r = p.b().sync(null, Desks.BEN);
            assertThat(r.editKeptOverDelete()).containsExactly("harbour");
            SyncReport back = p.a().sync(null, Desks.ANNA);
            assertThat(back.received()).containsExactly("harbour");
            assertThat(texts(p.anna())).containsExactly("The port was shut.", "Forty ships waited.");
        }
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void aLinkAddedOnBothDesksKeepsBothLinks(String kind, @TempDir Path dir) throws Exception {
        try (Pair p = twoDesks(kind, dir, story("The port was shut."))) {
            p.anna().save(p.anna().get("harbour").withLinks(List.of(new RelatedLink("rail-freight", Relation.BACKGROUND, null))));
            p.ben().save(p.ben().get("harbour").withLinks(List.of(new RelatedLink("ferry-fares", Relation.SEE_ALSO, "prices"))));
            p.a().sync(null, Desks.ANNA);
            assertThat(p.b().sync(null, Desks.BEN).conflictsLeft()).isFalse();
            p.a().sync(null, Desks.ANNA);
            for (Workspace ws : List.of(p.anna(), p.ben())) {
                assertThat(ws.get("harbour").links()).extracting(RelatedLink::targetId).containsExactlyInAnyOrder("rail-freight", "ferry-fares");
            }
        }
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void aChangeAnotherProgramMadeToTheFileIsCommittedAndMerged(String kind, @TempDir Path dir) throws Exception {
        try (Pair p = twoDesks(kind, dir, story("The port was shut.", "Ships waited."))) {
            Path file = p.anna().fileOf("harbour");
            Files.writeString(file, Files.readString(file).replace("Ships waited.", "Ships waited offshore."));
            Files.writeString(p.anna().fileOf("typed-by-hand"), Files.readString(file).replace("\"harbour\"", "\"typed-by-hand\""));
            edit(p.ben(), 0, "The port was shut at dawn.");
            p.a().sync(null, Desks.ANNA);
            SyncReport r = p.b().sync(null, Desks.BEN);
            assertThat(r.received()).containsExactly("typed-by-hand");
            assertThat(texts(p.ben())).containsExactly("The port was shut at dawn.", "Ships waited offshore.");
        }
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void anUnreadableFileOnTheOtherDeskIsNeverMergedOverAndIsReported(String kind, @TempDir Path dir) throws Exception {
        try (Pair p = twoDesks(kind, dir, story("The port was shut."))) {
            Files.writeString(p.anna().fileOf("harbour"), "{\"formatVersion\": 2, \"id\": \"harb", StandardCharsets.UTF_8);
            edit(p.ben(), 0, "The port was shut at dawn.");
            p.a().sync(null, Desks.ANNA);
            SyncReport r = p.b().sync(null, Desks.BEN);
            assertThat(r.conflictsLeft()).isTrue();
            assertThat(r.conflicts()).singleElement().extracting(SyncReport.ConflictedArticle::id).isEqualTo("harbour");
            assertThat(texts(p.ben())).containsExactly("The port was shut at dawn.");
        }
    }

    @ParameterizedTest(name = "over {0}")
    @MethodSource("remotes")
    void aRemoteThatCannotBeReachedIsAClearErrorAndChangesNothing(String kind, @TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("solo"));
        ws.saveOverwriting(story("Text."));
        String url = kind.equals("file") ? dir.resolve("no-such-remote.git").toUri().toString()
                : "git://127.0.0.1:" + daemon.getAddress().getPort() + "/missing.git";
        try (DeskRepository repo = DeskRepository.open(ws)) {
            assertThatThrownBy(() -> repo.sync(url, Desks.ANNA)).isInstanceOf(SyncException.class)
                    .hasMessageContaining("cannot reach the remote");
            assertThat(texts(ws)).containsExactly("Text.");
        }
    }
}
