package org.copydesk.spelling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The dictionaries of the languages in use, loaded in the background, each once, and only when a language is asked
 * for. A dictionary that fails to load is logged and treated as not installed: its language is skipped, never flagged.
 * Thread-safe.
 */
public final class SpellingDictionaries {
    private static final System.Logger LOG = System.getLogger(SpellingDictionaries.class.getName());

    /** Whether a language can be checked now. */
    public enum Status {
        /** No dictionary is installed for the language: its words are skipped. */
        MISSING,
        /** Its dictionary is being read. */
        LOADING,
        READY
    }

    private final InstalledDictionaries installed;
    private final Executor loader;
    private final DictionaryCache cache;
    private final Map<String, CompletableFuture<LoadedDictionary>> byTag = new ConcurrentHashMap<>();

    public SpellingDictionaries(InstalledDictionaries installed) {
        this(installed, (DictionaryCache) null);
    }

    /**
     * Dictionaries read through a cache of their parsed form (null: always parsed), on up to two background threads
     * (a dictionary takes one core while it is parsed; the languages of an article load side by side).
     */
    public SpellingDictionaries(InstalledDictionaries installed, DictionaryCache cache) {
        this(installed, cache, Executors.newFixedThreadPool(Math.max(1, Math.min(2,
                Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "spelling-dictionaries");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }));
    }

    SpellingDictionaries(InstalledDictionaries installed, Executor loader) {
        this(installed, null, loader);
    }

    SpellingDictionaries(InstalledDictionaries installed, DictionaryCache cache, Executor loader) {
        this.installed = installed;
        this.cache = cache;
        this.loader = loader;
    }

    public InstalledDictionaries installed() {
        return installed;
    }

    /** Starts loading the dictionaries of these languages ("en", "de-CH") if not loaded or loading already. */
    public void preload(Collection<String> languageTags) {
        for (String tag : languageTags) {
            futures(tag);
        }
    }

    public Status status(String languageTag) {
        List<CompletableFuture<LoadedDictionary>> fs = futures(languageTag);
        if (fs.isEmpty()) {
            return Status.MISSING;
        }
        boolean anyLoaded = false;
        for (CompletableFuture<LoadedDictionary> f : fs) {
            if (!f.isDone()) {
                return Status.LOADING;
            }
            anyLoaded |= f.getNow(null) != null;
        }
        return anyLoaded ? Status.READY : Status.MISSING;
    }

    /** True when no dictionary of these languages is still loading (each is loaded, failed, or not installed). */
    public boolean allLoaded(Collection<String> languageTags) {
        for (String tag : languageTags) {
            for (CompletableFuture<LoadedDictionary> f : futures(tag)) {
                if (!f.isDone()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Completes when the dictionaries of these languages are loaded or failed to load (starts loading them). */
    public CompletableFuture<Void> whenLoaded(Collection<String> languageTags) {
        List<CompletableFuture<LoadedDictionary>> all = new ArrayList<>();
        for (String tag : languageTags) {
            all.addAll(futures(tag));
        }
        return CompletableFuture.allOf(all.stream().map(f -> f.handle((d, e) -> d)).toArray(CompletableFuture[]::new));
    }

    /** The loaded dictionaries of a language, best first; empty while loading or when none is installed. */
    public List<LoadedDictionary> ready(String languageTag) {
        List<LoadedDictionary> out = new ArrayList<>();
        for (CompletableFuture<LoadedDictionary> f : futures(languageTag)) {
            if (!f.isDone()) {
                return List.of();
            }
            LoadedDictionary d = f.getNow(null);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** Waits for a language's dictionaries (the command line and tests; never on the FX thread). */
    public List<LoadedDictionary> await(String languageTag) {
        List<LoadedDictionary> out = new ArrayList<>();
        for (CompletableFuture<LoadedDictionary> f : futures(languageTag)) {
            try {
                LoadedDictionary d = f.get();
                if (d != null) {
                    out.add(d);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return out;
            } catch (ExecutionException e) {
                // logged by the loader
            }
        }
        return out;
    }

    private List<CompletableFuture<LoadedDictionary>> futures(String languageTag) {
        List<CompletableFuture<LoadedDictionary>> out = new ArrayList<>();
        for (InstalledDictionaries.HunspellFiles files : installed.forLanguage(languageTag)) {
            out.add(byTag.computeIfAbsent(files.tag(), t -> CompletableFuture.supplyAsync(() -> load(files, cache), loader)));
        }
        return out;
    }

    private static LoadedDictionary load(InstalledDictionaries.HunspellFiles files, DictionaryCache cache) {
        long t0 = System.nanoTime();
        try {
            LoadedDictionary d;
            String how;
            if (cache == null) {
                d = LoadedDictionary.load(files);
                how = "parsed";
            } else {
                DictionaryCache.Loaded l = cache.load(files);
                d = l.dictionary();
                how = l.source() == DictionaryCache.Source.CACHE ? "from the cache" : "parsed, cache written";
            }
            LOG.log(System.Logger.Level.DEBUG, () -> "loaded dictionary " + files.tag() + " (" + how + ") in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return d;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.WARNING, "cannot load dictionary " + files.tag() + " (" + files.affix() + "): "
                    + e.getMessage());
            return null;
        }
    }
}
