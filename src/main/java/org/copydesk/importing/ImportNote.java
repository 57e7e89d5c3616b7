package org.copydesk.importing;

import java.util.List;
import java.util.Objects;
import org.copydesk.model.MessageKeys;

/**
 * What the user should know about an import, as a code with string arguments: the app words it in its interface's
 * language ({@code importNote.<key>} messages), the command line in English ({@link #english()}, the wording
 * `copydesk import` has always printed).
 */
public record ImportNote(Code code, List<String> args) {
    public enum Code {
        /** The text was not UTF-8 and its encoding was detected. Argument: the encoding's name. */
        GUESSED_ENCODING(1),
        /** The page's scripts were left out. */
        SCRIPTS_REMOVED(0),
        /** No line could head the article: the file name does. */
        NO_HEADLINE(0),
        /** A Markdown code block is kept as plain text. */
        CODE_BLOCK(0),
        /** HTML tags inside Markdown are dropped, their text kept. */
        HTML_IN_MARKDOWN(0),
        /** An HTML comment or block in Markdown is never closed. */
        UNCLOSED_HTML(0),
        /** A Markdown table becomes one paragraph a row. */
        TABLE_AS_ROWS(0),
        /** Images are left out. Arguments: how many (a number), the first few descriptions joined ("" for none). */
        IMAGES_LEFT_OUT(2),
        /** Struck-through text is kept. Arguments: how many passages (a number), the first few joined ("" for none). */
        STRUCK_TEXT_KEPT(2);

        private final int arity;

        Code(int arity) {
            this.arity = arity;
        }

        /** How many arguments a note of this code carries. */
        public int arity() {
            return arity;
        }

        /** "scriptsRemoved", "imagesLeftOut" …: the name of its message in the app ({@code importNote.<key>}). */
        public String key() {
            return MessageKeys.of(this);
        }
    }

    public ImportNote {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (args.size() != code.arity()) {
            throw new IllegalArgumentException(code + " takes " + code.arity() + " arguments, not " + args.size());
        }
    }

    public static ImportNote of(Code code, String... args) {
        return new ImportNote(code, List.of(args));
    }

    /** The note in English, as the command line prints it. */
    public String english() {
        return switch (code) {
            case GUESSED_ENCODING -> "not UTF-8: read as " + args.get(0) + " (detected)";
            case SCRIPTS_REMOVED -> "scripts removed";
            case NO_HEADLINE -> "no headline found; the file name is used";
            case CODE_BLOCK -> "a code block is kept as plain text";
            case HTML_IN_MARKDOWN -> "HTML tags inside Markdown are dropped (their text is kept)";
            case UNCLOSED_HTML -> "an HTML comment or block is not closed: its lines are kept as plain text";
            case TABLE_AS_ROWS -> "a table is kept as one paragraph a row, its cells separated by \" | \"";
            case IMAGES_LEFT_OUT -> tally("an image is left out", "images are left out");
            case STRUCK_TEXT_KEPT -> tally("struck-through text is kept as ordinary text",
                    "struck-through passages are kept as ordinary text");
        };
    }

    private String tally(String one, String many) {
        String count = args.get(0);
        return (count.equals("1") ? one : count + " " + many) + (args.get(1).isEmpty() ? "" : ": " + args.get(1));
    }
}
