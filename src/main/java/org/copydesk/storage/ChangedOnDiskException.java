package org.copydesk.storage;

import java.io.IOException;
import org.copydesk.model.Article;

/**
 * The article's file was saved again (revision moved on) after the copy being saved was read. Nothing was written;
 * {@link #onDisk()} is the version now in the file.
 */
public class ChangedOnDiskException extends IOException {
    private final transient Article onDisk;

    public ChangedOnDiskException(String id, Article onDisk) {
        super(id + ".json was changed elsewhere since it was opened (now revision " + onDisk.revision()
                + ", modified " + onDisk.modified() + "); nothing was written");
        this.onDisk = onDisk;
    }

    public Article onDisk() {
        return onDisk;
    }
}
