package org.copydesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of parsed dictionaries gives the answers of a dictionary parsed from its files — for every word, and for
 * suggestions — and is ignored (then written again) whenever it is stale, truncated, damaged or forged.
 */
class DictionaryCacheTest {
    @TempDir
    Path tmp;

    /** A seeded dictionary with affixes, compounds, forbidden and kept-case words, morphological data, and its probes. */
    record Generated(InstalledDictionaries.HunspellFiles files, List<String> probes) {
    }

    private static final String LETTERS = "aeioubcdfghklmnprstvzéäöüß";

    static Generated generate(Gen g, Path dir, String tag) throws IOException {
        String mode = g.oneOf("char", "long", "num");
        boolean aliases = !mode.equals("num") && g.bool();
        String[] names = {"S", "D", "G", "U", "C", "K", "X", "N", "O"};
        StringBuilder aff = new StringBuilder("SET UTF-8\n");
        if (!mode.equals("char")) {
            aff.append("FLAG ").append(mode).append('\n');
        }
        aff.append("TRY esianrtolcdugmphbyfvkwz\n");
        aff.append("KEEPCASE ").append(flag(mode, "K")).append('\n');
        aff.append("FORBIDDENWORD ").append(flag(mode, "X")).append('\n');
        aff.append("NOSUGGEST ").append(flag(mode, "N")).append('\n');
        aff.append("COMPOUNDFLAG ").append(flag(mode, "C")).append('\n');
        aff.append("ONLYINCOMPOUND ").append(flag(mode, "O")).append('\n');
        aff.append("COMPOUNDMIN 3\n");
        aff.append("REP 2\nREP f ph\nREP ph f\n");
        aff.append("PFX ").append(flag(mode, "U")).append(" Y 1\nPFX ").append(flag(mode, "U")).append(" 0 un .\n");
        String s = flag(mode, "S");
        aff.append("SFX ").append(s).append(" Y 3\n")
                .append("SFX ").append(s).append(" y ies [^aeiou]y\n")
                .append("SFX ").append(s).append(" 0 s [^sy]\n")
                .append("SFX ").append(s).append(" 0 es s\n");
        String d = flag(mode, "D");
        aff.append("SFX ").append(d).append(" Y 2\nSFX ").append(d).append(" 0 ed [^e]\nSFX ").append(d)
                .append(" 0 d e\n");
        String gg = flag(mode, "G");
        aff.append("SFX ").append(gg).append(" Y 2\nSFX ").append(gg).append(" e ing e\nSFX ").append(gg)
                .append(" 0 ing [^e]\n");

        int n = g.between(150, 900);
        List<String> words = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> aliasSets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = g.string(LETTERS, 2, 10);
            int shape = g.between(0, 9);
            if (shape == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else if (shape == 1) {
                w = "Mc" + Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else if (shape == 2) {
                w = w.toUpperCase(Locale.ROOT);
            }
            words.add(w);
            List<String> fl = new ArrayList<>();
            for (String name : names) {
                if (g.between(0, 5) == 0) {
                    fl.add(name);
                }
            }
            StringBuilder line = new StringBuilder(w);
            if (!fl.isEmpty()) {
                String encoded = flags(mode, fl);
                if (aliases) {
                    int k = aliasSets.indexOf(encoded);
                    if (k < 0) {
                        aliasSets.add(encoded);
                        k = aliasSets.size() - 1;
                    }
                    line.append('/').append(k + 1);
                } else {
                    line.append('/').append(encoded);
                }
            }
            if (g.between(0, 4) == 0) {
                line.append(' ').append(g.oneOf("po:noun", "po:verb is:past", "st:" + w, "po:adj is:fem"));
            }
            lines.add(line.toString());
        }
        if (aliases) {
            aff.append("AF ").append(aliasSets.size()).append('\n');
            for (String a : aliasSets) {
                aff.append("AF ").append(a).append('\n');
            }
        }
        Path affix = dir.resolve(tag + ".aff");
        Path dic = dir.resolve(tag + ".dic");
        Files.writeString(affix, aff, StandardCharsets.UTF_8);
        Files.writeString(dic, lines.size() + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        Set<String> probes = new LinkedHashSet<>();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            probes.add(w);
            probes.add(lower);
            probes.add(w.toUpperCase(Locale.ROOT));
            probes.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            for (String suffix : new String[] {"s", "es", "ies", "ed", "d", "ing"}) {
                probes.add(w + suffix);
            }
            probes.add("un" + w);
            probes.add(w + g.oneOf(words).toLowerCase(Locale.ROOT));
            probes.add(mutate(g, w));
        }
        for (int i = 0; i < 200; i++) {
            probes.add(g.string(LETTERS, 1, 12));
        }
        return new Generated(new InstalledDictionaries.HunspellFiles(tag, affix, dic), List.copyOf(probes));
    }

    private static String flag(String mode, String name) {
        return flags(mode, List.of(name));
    }

    private static String flags(String mode, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            char c = n.charAt(0);
            out.add(switch (mode) {
                case "long" -> "" + c + Character.toLowerCase(c);
                case "num" -> String.valueOf(100 + c);
                default -> n;
            });
        }
        return String.join(mode.equals("num") ? "," : "", out);
    }

    private static String mutate(Gen g, String w) {
        StringBuilder b = new StringBuilder(w);
        int at = g.between(0, b.length() - 1);
        switch (g.between(0, 2)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, g.string(LETTERS, 1, 1));
            default -> b.setCharAt(at, g.string(LETTERS, 1, 1).charAt(0));
        }
        return b.length() == 0 ? "x" : b.toString();
    }

    private static void assertSameAnswers(LoadedDictionary expected, LoadedDictionary actual, List<String> probes) {
        List<String> differ = new ArrayList<>();
        int accepted = 0;
        for (String p : probes) {
            boolean e = expected.accepts(p);
            accepted += e ? 1 : 0;
            if (e != actual.accepts(p)) {
                differ.add(p + (e ? " (accepted when parsed)" : " (rejected when parsed)"));
            }
        }
        assertThat(differ).as("words answered differently").isEmpty();
        assertThat(accepted).as("the probes include accepted words").isGreaterThan(probes.size() / 10);
        int suggested = 0;
        for (String p : probes.subList(0, Math.min(probes.size(), 120))) {
            if (!expected.accepts(p) && suggested < 15) {
                suggested++;
                assertThat(actual.suggest(p, 10_000)).as("suggestions for " + p).isEqualTo(expected.suggest(p, 10_000));
            }
        }
    }

    @Property(tries = 12)
    void aCachedDictionaryAnswersLikeTheParsedOne(Gen g) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("d" + g.seed()));
        Generated gen = generate(g, dir, "xx_YY");
        DictionaryCache cache = DictionaryCache.at(dir.resolve("cache"));
        LoadedDictionary parsed = LoadedDictionary.load(gen.files());

        DictionaryCache.Loaded first = cache.load(gen.files());
        DictionaryCache.Loaded second = cache.load(gen.files());

        assertThat(first.source()).isEqualTo(DictionaryCache.Source.PARSED);
        assertThat(second.source()).isEqualTo(DictionaryCache.Source.CACHE);
        assertSameAnswers(parsed, first.dictionary(), gen.probes());
        assertSameAnswers(parsed, second.dictionary(), gen.probes());
    }

    private Generated cachedOnce(DictionaryCache cache) throws IOException {
        Generated gen = generate(new Gen(42), tmp, "en_ZZ");
        assertThat(cache.load(gen.files()).source()).isEqualTo(DictionaryCache.Source.PARSED);
        assertThat(cache.load(gen.files()).source()).isEqualTo(DictionaryCache.Source.CACHE);
        return gen;
    }

    /** A dictionary cached once, and its cache file (what the tests of bad cache files start from). */
    private record Cached(DictionaryCache cache, Generated gen, Path file) {
        /** Writes these bytes over the cache file, loads, and checks the file was ignored: parsed, same answers. */
        DictionaryCache.Loaded loadOver(byte[] content, String what) throws IOException {
            Files.write(file, content);
            DictionaryCache.Loaded l = cache.load(gen.files());
            assertThat(l.source()).as(what).isEqualTo(DictionaryCache.Source.PARSED);
            assertSameAnswers(LoadedDictionary.load(gen.files()), l.dictionary(), gen.probes());
            return l;
        }
    }

    private Cached cached() throws IOException {
        DictionaryCache cache = DictionaryCache.at(tmp.resolve("cache"));
        Generated gen = cachedOnce(cache);
        return new Cached(cache, gen, cache.fileFor(gen.files()));
    }

    @Test
    void aChangedWordFileIsParsedAgainAndItsNewWordsCount() throws IOException {
        DictionaryCache cache = DictionaryCache.at(tmp.resolve("cache"));
        Generated gen = cachedOnce(cache);
        assertThat(cache.load(gen.files()).dictionary().accepts("zeppelinbarge")).isFalse();

        Files.writeString(gen.files().words(), "zeppelinbarge\n", StandardOpenOption.APPEND);

        DictionaryCache.Loaded again = cache.load(gen.files());
        assertThat(again.source()).isEqualTo(DictionaryCache.Source.PARSED);
        assertThat(again.dictionary().accepts("zeppelinbarge")).isTrue();
        assertThat(cache.load(gen.files()).source()).isEqualTo(DictionaryCache.Source.CACHE);
    }

    @Test
    void aWordFileOfTheSameSizeWithAnotherModificationTimeIsParsedAgain() throws IOException {
        DictionaryCache cache = DictionaryCache.at(tmp.resolve("cache"));
        Generated gen = cachedOnce(cache);
        String dic = Files.readString(gen.files().words());
        String changed = dic.replaceFirst("\n(\\S)", "\nq"); // one letter of the first word, same length
        Files.writeString(gen.files().words(), changed);
        Files.setLastModifiedTime(gen.files().words(), FileTime.fromMillis(
                Files.getLastModifiedTime(gen.files().words()).toMillis() + 5_000));

        DictionaryCache.Loaded again = cache.load(gen.files());

        assertThat(again.source()).isEqualTo(DictionaryCache.Source.PARSED);
        assertSameAnswers(LoadedDictionary.load(gen.files()), again.dictionary(), gen.probes());
    }

    @Test
    void aTruncatedCacheIsIgnoredAndWrittenAgain() throws IOException {
        Cached c = cached();
        byte[] bytes = Files.readAllBytes(c.file());
        for (int keep : new int[] {0, 7, 40, bytes.length / 2, bytes.length - 1}) {
            c.loadOver(java.util.Arrays.copyOf(bytes, keep), "cut to " + keep + " bytes");

            assertThat(Files.readAllBytes(c.file())).as("written again").isEqualTo(bytes);
        }
    }

    @Test
    void aDamagedOrForeignCacheIsIgnored() throws IOException {
        Cached c = cached();
        byte[] good = Files.readAllBytes(c.file());
        Gen g = new Gen(7);
        List<byte[]> bad = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] flipped = good.clone();
            flipped[g.between(0, flipped.length - 1)] ^= (byte) (1 << g.between(0, 7));
            bad.add(flipped);
        }
        bad.add(g.bytes(5000));
        bad.add("not a dictionary cache".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < bad.size(); i++) {
            c.loadOver(bad.get(i), "bad cache file " + i);
        }
    }

    @Test
    void aForgedCacheWithAValidChecksumButOffsetsOutsideItsDataIsIgnored() throws IOException {
        Cached c = cached();
        DictionaryCache.Stamp stamp = DictionaryCache.Stamp.of(c.gen().files());
        DictionaryCache.Snapshot s = DictionaryCache.Snapshot.decode(Files.readAllBytes(c.file()), stamp);
        assertThat(s).isNotNull();
        for (Object v : s.wordValues) {
            if (v instanceof int[] table) {
                for (int i = 0; i < table.length; i++) {
                    if (table[i] != 0) {
                        table[i] = (table[i] & ~((1 << 25) - 1)) | ((1 << 25) - 1); // points past the data
                        break;
                    }
                }
            }
        }

        c.loadOver(s.encode(stamp), "forged offsets");
    }

    @Test
    void theSameFilesAtAnotherPathHaveTheirOwnCache() throws IOException {
        DictionaryCache cache = DictionaryCache.at(tmp.resolve("cache"));
        Generated gen = cachedOnce(cache);
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(gen.files().affix(), other.resolve("en_ZZ.aff"));
        Files.copy(gen.files().words(), other.resolve("en_ZZ.dic"));
        var moved = new InstalledDictionaries.HunspellFiles("en_ZZ", other.resolve("en_ZZ.aff"), other.resolve("en_ZZ.dic"));

        assertThat(cache.fileFor(moved)).isNotEqualTo(cache.fileFor(gen.files()));
        assertThat(cache.load(moved).source()).isEqualTo(DictionaryCache.Source.PARSED);
        assertThat(cache.load(gen.files()).source()).isEqualTo(DictionaryCache.Source.CACHE);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyCostsTheSpeed() throws IOException {
        Path blocked = Files.writeString(tmp.resolve("a-file-not-a-folder"), "x");
        DictionaryCache cache = DictionaryCache.at(blocked.resolve("hunspell"));
        Generated gen = generate(new Gen(3), tmp, "fr_ZZ");

        DictionaryCache.Loaded l = cache.load(gen.files());

        assertThat(l.source()).isEqualTo(DictionaryCache.Source.PARSED);
        assertSameAnswers(LoadedDictionary.load(gen.files()), l.dictionary(), gen.probes());
        assertThat(cache.load(gen.files()).source()).isEqualTo(DictionaryCache.Source.PARSED);
    }

    @Test
    void aMalformedDictionaryIsStillAnErrorNamingIt() throws IOException {
        Path aff = Files.writeString(tmp.resolve("bad.aff"), "SFX S Y 9\nSFX S 0 s .\n");
        Path dic = Files.writeString(tmp.resolve("bad.dic"), "1\nword/S\n");
        DictionaryCache cache = DictionaryCache.at(tmp.resolve("cache"));

        var thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> cache.load(new InstalledDictionaries.HunspellFiles("bad", aff, dic)));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("bad");
        assertThat(tmp.resolve("cache")).doesNotExist();
    }

    @Test
    void theUsersCacheFollowsXdgCacheHome() {
        assertThat(DictionaryCache.forUser(java.util.Map.of("XDG_CACHE_HOME", "/x/cache")).folder())
                .isEqualTo(Path.of("/x/cache/copydesk/hunspell"));
        assertThat(DictionaryCache.forUser(java.util.Map.of("XDG_CACHE_HOME", "relative")).folder())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "copydesk", "hunspell"));
    }
}
