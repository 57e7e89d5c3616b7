package org.copydesk.model;

/** Character emphasis inside a paragraph. */
public enum InlineStyle {
    BOLD, ITALIC
}
