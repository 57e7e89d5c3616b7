package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.storage.ArticleCodec;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the index in line with the files, on its own: no searching, no listener. */
class IndexSyncTest {
    @TempDir
    Path dir;
    Workspace ws;
    IndexStore store;
    IndexSync sync;

    @BeforeEach
    void setUp() throws IOException {
        ws = Workspace.open(dir);
        store = IndexStore.inMemory();
        sync = new IndexSync(ws, store);
    }

    @AfterEach
    void tearDown() throws IOException {
        store.close();
    }

    private Article create(String headline) throws IOException {
        return ws.create(IndexedStories.story("x", headline, "en", "Some text about " + headline + "."));
    }

    private int readable() throws IOException {
        return store.withSearcher(s -> s.count(IndexFields.readable()));
    }

    @Test
    void aFirstSyncReadsEveryFileAndTheNextReadsNone() throws IOException {
        create("Harbour reopens");
        create("Bridge closed");
        SyncReport first = sync.sync();
        assertThat(first).isEqualTo(new SyncReport(2, 0, 0, 0, true));
        SyncReport second = sync.sync();
        assertThat(second).isEqualTo(new SyncReport(0, 0, 0, 2, false));
        assertThat(second.changed()).isFalse();
        assertThat(readable()).isEqualTo(2);
    }

    @Test
    void aFileIsReadAgainWhenItsSizeOrTimeChangesAndDroppedWhenItGoes() throws IOException {
        Article a = create("Harbour reopens");
        Article b = create("Bridge closed");
        sync.sync();
        // the same bytes with another modification time: read again
        Files.setLastModifiedTime(ws.fileOf(a.id()), FileTime.fromMillis(Files.getLastModifiedTime(ws.fileOf(a.id())).toMillis() - 60_000));
        Files.delete(ws.fileOf(b.id()));
        assertThat(sync.sync()).isEqualTo(new SyncReport(0, 1, 1, 0, false));
        assertThat(sync.indexedStamps()).containsOnlyKeys(a.id())
                .containsEntry(a.id(), IndexSync.Stamp.of(ws.fileOf(a.id())));
    }

    @Test
    void anUnreadableFileIsIndexedAsUnreadableSoItIsNotReadAgainUntilItChanges() throws IOException {
        create("Harbour reopens");
        Files.writeString(ws.articlesDir().resolve("broken.json"), "{ not json");
        assertThat(sync.sync().added()).isEqualTo(2);
        assertThat(sync.indexedStamps()).containsKey("broken");
        assertThat(readable()).isEqualTo(1);
        assertThat(sync.sync().unchanged()).isEqualTo(2);
    }

    @Test
    void savesAndDeletesAreVisibleAtOnce() throws IOException {
        sync.sync();
        Article a = create("Harbour reopens");
        sync.saved(a);
        assertThat(readable()).isEqualTo(1);
        ws.delete(a.id());
        sync.deleted(a.id());
        assertThat(readable()).isZero();
        // a save whose file is already gone is left to the next sync, without an exception
        sync.saved(a);
        assertThat(readable()).isZero();
    }

    @Test
    void theDocumentCarriesTheStampTheFiltersAndEveryBodyPartInItsLanguage() {
        Article a = IndexedStories.story("vote", "Budget vote", "fr-CH", "Le conseil a voté.")
                .withStatus(ArticleStatus.READY).withTags(List.of(" Politics "))
                .withLinks(List.of(new RelatedLink("tram", Relation.SEE_ALSO, null)));
        Document d = IndexSync.document("vote", new IndexSync.Stamp(42, 7), new ArticleEntry("vote", Path.of("vote.json"), a, null, false));
        assertThat(d.get(IndexFields.ID)).isEqualTo("vote");
        assertThat(d.getField(IndexFields.SIZE).numericValue()).isEqualTo(42L);
        assertThat(d.getField(IndexFields.MTIME).numericValue()).isEqualTo(7L);
        assertThat(d.get(IndexFields.KIND)).isEqualTo(IndexFields.ARTICLE);
        assertThat(d.get(IndexFields.STATUS)).isEqualTo(ArticleStatus.READY.id());
        assertThat(d.get(IndexFields.LANG)).isEqualTo("fr");
        assertThat(d.get(IndexFields.LANGUAGE)).isEqualTo("fr-CH");
        assertThat(d.get(IndexFields.TAG)).isEqualTo("politics");
        assertThat(d.get(IndexFields.LINK)).isEqualTo("tram");
        assertThat(d.getValues(IndexFields.PART)).containsExactly("fr" + IndexFields.PART_SEP + "Le conseil a voté.");
        assertThat(d.getField(LanguageFields.field(IndexFields.HEADLINE, "fr"))).isNotNull();

        Document broken = IndexSync.document("bad", new IndexSync.Stamp(1, 1),
                new ArticleEntry("bad", Path.of("bad.json"), null, "not JSON", true));
        assertThat(broken.get(IndexFields.KIND)).isEqualTo(IndexFields.UNREADABLE);
        assertThat(broken.get(IndexFields.ERROR)).isEqualTo("not JSON");
        assertThat(broken.getFields()).extracting(IndexableField::name)
                .containsOnly(IndexFields.ID, IndexFields.SIZE, IndexFields.MTIME, IndexFields.KIND, IndexFields.ERROR);
    }

    @Test
    void aFileRewrittenByAnotherProgramIsReadWithItsNewText() throws IOException {
        Article a = create("Harbour reopens");
        sync.sync();
        Files.write(ws.fileOf(a.id()), ArticleCodec.encode(a.withHeadline("Harbour reopens after a long flood"), Map.of()));
        assertThat(sync.sync().updated()).isEqualTo(1);
        assertThat(new RelatedStories(store).find(a.id())).get().extracting(IndexedArticle::headline)
                .isEqualTo("Harbour reopens after a long flood");
    }
}
