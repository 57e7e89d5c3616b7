package org.copydesk.ui.related;

import org.copydesk.analysis.CopyIssue;
import org.copydesk.search.HeadlineMatch;

/** A "See also …" paragraph found by the analyser, with the article its headline matches (null: none). */
record Finding(CopyIssue issue, HeadlineMatch match) {
}
