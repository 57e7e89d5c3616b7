package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.Test;

/**
 * The index's answers come in the order they were asked, also when they were asked before it opened (as the side
 * panel asks for suggestions and "See also" findings while the index opens after the first picture): they ran
 * last-asked first, and the side panel then showed the answer for the text before the last edit.
 */
class WorkspaceIndexOrderTest extends FxTestBase {

    @Test
    void queriesAskedBeforeTheIndexOpensAreAnsweredInTheOrderAsked() throws Exception {
        WorkspaceIndex index = new WorkspaceIndex(ctx, false);
        List<String> ran = new CopyOnWriteArrayList<>();
        List<String> answered = new CopyOnWriteArrayList<>();
        List<String> asked = List.of("first", "second", "third", "fourth", "fifth");
        try {
            for (String name : asked) {
                index.query(i -> {
                    ran.add(name);
                    return name;
                }, answered::add);
            }
            index.open();
            waitUntil(() -> answered.size() == asked.size());
            assertThat(ran).containsExactlyElementsOf(asked);
            assertThat(answered).containsExactlyElementsOf(asked);

            // a query that fails does not hold back or reorder the ones after it
            answered.clear();
            index.<String>query(i -> {
                throw new IOException("a broken query");
            }, answered::add);
            index.query(i -> "after the failure", answered::add);
            waitUntil(() -> answered.size() == 1);
            assertThat(answered).containsExactly("after the failure");
        } finally {
            index.close();
        }
    }
}
