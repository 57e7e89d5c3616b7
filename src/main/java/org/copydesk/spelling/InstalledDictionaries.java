package org.copydesk.spelling;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hunspell dictionaries found on this machine: every {@code xx.aff}/{@code xx.dic} or {@code xx_YY.aff}/{@code .dic}
 * pair in the searched folders, by tag ("en_GB", "fr", "nl"). Folders are searched in order and the first folder that
 * has a tag wins, so a configured folder overrides the user folder, which overrides the system's.
 *
 * <p>Which variant checks a language: the article's region when a dictionary for it is installed ("en-GB" takes
 * en_GB); otherwise every installed variant of the language, the usual one first (en_US, fr_FR, de_DE, pt_PT...), so
 * copy of an unknown region is never flagged for a spelling that is right in another region.
 */
public final class InstalledDictionaries {
    private static final System.Logger LOG = System.getLogger(InstalledDictionaries.class.getName());
    private static final Pattern NAME = Pattern.compile("([a-z]{2,3})(?:[_-]([A-Z]{2}))?\\.aff");
    /** The variant tried first when the article's language has no region. */
    private static final Map<String, String> USUAL = Map.of("en", "en_US", "fr", "fr_FR", "de", "de_DE",
            "es", "es_ES", "it", "it_IT", "pt", "pt_PT", "nl", "nl_NL");
    /** The variants checked together when the region is unknown (others of the language are aliases or rare). */
    private static final Map<String, List<String>> MAIN_VARIANTS = Map.of("en", List.of("en_US", "en_GB"),
            "de", List.of("de_DE", "de_CH", "de_AT"), "pt", List.of("pt_PT", "pt_BR"));

    /** One dictionary: its affix and word files. */
    public record HunspellFiles(String tag, Path affix, Path words) {
    }

    private final Map<String, HunspellFiles> byTag;

    private InstalledDictionaries(Map<String, HunspellFiles> byTag) {
        this.byTag = Collections.unmodifiableMap(byTag);
    }

    /** Scans the folders in order (missing or unreadable folders are skipped). */
    public static InstalledDictionaries scan(List<Path> folders) {
        Map<String, HunspellFiles> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.aff")) {
                List<Path> affs = new ArrayList<>();
                dir.forEach(affs::add);
                affs.sort(null);
                for (Path aff : affs) {
                    Matcher m = NAME.matcher(aff.getFileName().toString());
                    if (!m.matches()) {
                        continue;
                    }
                    String tag = m.group(2) == null ? m.group(1) : m.group(1) + "_" + m.group(2);
                    Path dic = aff.resolveSibling(aff.getFileName().toString().replaceFirst("\\.aff$", ".dic"));
                    if (Files.isRegularFile(dic) && Files.isReadable(aff) && !found.containsKey(tag)) {
                        found.put(tag, new HunspellFiles(tag, aff, dic));
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot list dictionaries in " + folder + ": " + e.getMessage());
            }
        }
        return new InstalledDictionaries(found);
    }

    /** The folders searched, in order: the configured one (may be null), the user's, then the system's. */
    public static List<Path> standardFolders(Path configured, Path userFolder) {
        List<Path> out = new ArrayList<>();
        if (configured != null) {
            out.add(configured);
        }
        if (userFolder != null) {
            out.add(userFolder);
        }
        out.add(Path.of("/usr/share/hunspell"));
        out.add(Path.of("/usr/share/myspell"));
        out.add(Path.of("/usr/share/myspell/dicts"));
        return out;
    }

    public Map<String, HunspellFiles> all() {
        return byTag;
    }

    public Optional<HunspellFiles> get(String tag) {
        return Optional.ofNullable(byTag.get(tag));
    }

    /**
     * The dictionaries that check a language ("en", "en-GB", "pt_BR"), best first; empty when none is installed.
     * Dictionaries that are the same files under another tag (Debian's symbolic links) are listed once.
     */
    public List<HunspellFiles> forLanguage(String languageTag) {
        // asked for every check: resolved once per tag (it reads the file system to see through symbolic links)
        return languageTag == null ? List.of() : resolved.computeIfAbsent(languageTag, this::resolve);
    }

    private final Map<String, List<HunspellFiles>> resolved = new ConcurrentHashMap<>();

    private List<HunspellFiles> resolve(String languageTag) {
        String[] lr = split(languageTag);
        if (lr == null) {
            return List.of();
        }
        String lang = lr[0];
        if (lr[1] != null) {
            String exact = lang + "_" + lr[1];
            if (byTag.containsKey(exact)) {
                return List.of(byTag.get(exact));
            }
        }
        List<String> order = new ArrayList<>();
        order.add(USUAL.getOrDefault(lang, lang));
        order.addAll(MAIN_VARIANTS.getOrDefault(lang, List.of()));
        order.add(lang);
        byTag.keySet().stream().filter(t -> t.startsWith(lang + "_")).sorted().forEach(order::add);
        List<String> main = MAIN_VARIANTS.getOrDefault(lang, List.of());
        List<HunspellFiles> out = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (String t : order) {
            HunspellFiles f = byTag.get(t);
            if (f == null || seen.contains(realPath(f.words()))) {
                continue;
            }
            seen.add(realPath(f.words()));
            if (out.isEmpty() || main.contains(t)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** The name of the package that installs a language's dictionary on Debian and Ubuntu. */
    public static String debianPackage(String language) {
        return switch (language) {
            case "en" -> "hunspell-en-us";
            case "de" -> "hunspell-de-de";
            case "pt" -> "hunspell-pt-pt";
            default -> "hunspell-" + language;
        };
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** ["en", "GB"] from "en-GB" / "en_gb" / "en"; null when it is not a language tag. */
    static String[] split(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        String[] parts = t.split("-");
        if (parts.length == 0 || !parts[0].matches("[A-Za-z]{2,3}")) {
            return null;
        }
        String lang = parts[0].toLowerCase(Locale.ROOT);
        String region = parts.length > 1 && parts[1].matches("[A-Za-z]{2}") ? parts[1].toUpperCase(Locale.ROOT) : null;
        return new String[] {lang, region};
    }
}
