package org.copydesk.spelling;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.storage.AtomicFiles;

/**
 * Words a desk or a user accepts: a plain UTF-8 file, one word a line, sorted and without duplicates so that a
 * workspace kept in git gives one-line diffs. Lines starting with '#' and blank lines are ignored when read (and not
 * written back); a line with a space inside is not a word and is ignored. A file that is not UTF-8 or is larger than
 * {@value #MAX_BYTES} bytes is refused with an IOException, and then never overwritten.
 *
 * <p>An entry in lower case also accepts the word capitalised or in capitals ("tram" accepts "Tram", "TRAM"); an
 * entry with capitals accepts only itself and its all-capitals form.
 */
public final class WordList {
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_WORD_LENGTH = 100;
    public static final WordList EMPTY = new WordList(Set.of());

    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = Collections.unmodifiableSet(new TreeSet<>(words));
    }

    public static WordList of(Collection<String> words) {
        TreeSet<String> set = new TreeSet<>();
        for (String w : words) {
            String n = normalise(w);
            if (n != null) {
                set.add(n);
            }
        }
        return new WordList(set);
    }

    /** Reads a list; a missing file is an empty list. */
    public static WordList read(Path file) throws IOException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException(file + ": word list larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return EMPTY;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": word list is not UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IOException(file + ": word list is not text");
        }
        TreeSet<String> set = new TreeSet<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (String line : text.split("\r\n|\r|\n")) {
            String n = line.startsWith("#") ? null : normalise(line);
            if (n != null) {
                set.add(n);
            }
        }
        return new WordList(set);
    }

    /** Adds a word to the list in a file (created if missing) by reading it again first: nothing others added is lost. */
    public static WordList add(Path file, String word) throws IOException {
        String n = normalise(word);
        if (n == null) {
            throw new IllegalArgumentException("not a word: '" + word + "'");
        }
        WordList current = read(file);
        if (current.words.contains(n)) {
            return current;
        }
        WordList next = current.with(n);
        AtomicFiles.write(file, next.serialise().getBytes(StandardCharsets.UTF_8));
        return next;
    }

    /** The word as stored: stripped, typographic apostrophe as ', or null when it is not one word. */
    static String normalise(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().replace('\u2019', '\'');
        if (w.isEmpty() || w.length() > MAX_WORD_LENGTH || w.codePoints().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c) || Character.isSpaceChar(c))) {
            return null;
        }
        return w.codePoints().anyMatch(Character::isLetter) ? w : null;
    }

    public WordList with(String word) {
        String n = normalise(word);
        if (n == null || words.contains(n)) {
            return this;
        }
        TreeSet<String> set = new TreeSet<>(words);
        set.add(n);
        return new WordList(set);
    }

    public boolean accepts(String word) {
        if (words.isEmpty()) {
            return false;
        }
        String w = word.replace('\u2019', '\'');
        if (words.contains(w)) {
            return true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (!lower.equals(w) && words.contains(lower)) {
            return true;
        }
        if (w.equals(w.toUpperCase(Locale.ROOT))) {
            for (String entry : words) {
                if (entry.toUpperCase(Locale.ROOT).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Set<String> words() {
        return words;
    }

    /** Two lists are equal when they hold the same words (a check's cached results stay valid across equal lists). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof WordList w && w.words.equals(words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** One word a line, sorted, LF line ends, a final newline. */
    public String serialise() {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w).append('\n');
        }
        return sb.toString();
    }
}
