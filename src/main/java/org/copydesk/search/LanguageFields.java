package org.copydesk.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Language-aware text analysis for the index: one analysed field per language and part of an article
 * ({@code headline_fr}, {@code body_en} ...), each with its language's elision, stop words and light stemming, then
 * accent folding (so "armee" typed without accents still finds "armée"). Languages without a stemmer here share a
 * neutral field set ({@value #OTHER}).
 */
public final class LanguageFields {
    /** Languages with their own analysis. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl");
    /** The field suffix for any other language: tokenised, lower-cased and folded, not stemmed. */
    public static final String OTHER = "xx";
    /** The analysed parts of an article, each a field per language ({@code headline_fr}). */
    public static final String HEADLINE = "headline";
    public static final String STANDFIRST = "standfirst";
    public static final String BODY = "body";
    public static final List<String> PARTS = List.of(HEADLINE, STANDFIRST, BODY);

    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(Arrays.asList(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d"), true);

    private final Map<String, Analyzer> byLanguage = new HashMap<>();
    private final Analyzer perField;

    public LanguageFields() {
        for (String lang : LANGUAGES) {
            byLanguage.put(lang, new LanguageAnalyzer(lang));
        }
        byLanguage.put(OTHER, new LanguageAnalyzer(OTHER));
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzerFor(languageOfField(fieldName));
            }
        };
    }

    /** Analyses each field with the analyzer of the language in its name ({@code body_fr} -> French). */
    public Analyzer perFieldAnalyzer() {
        return perField;
    }

    public Analyzer analyzerFor(String language) {
        Analyzer a = byLanguage.get(language);
        return a != null ? a : byLanguage.get(OTHER);
    }

    /** The analysis language of a BCP-47 tag: "fr-CA" -> "fr", "sv" -> {@value #OTHER}. */
    public static String analysisLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return OTHER;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGES.contains(primary) ? primary : OTHER;
    }

    /** All analysis languages, the neutral one last. */
    public static List<String> allAnalysisLanguages() {
        return Stream.concat(LANGUAGES.stream(), Stream.of(OTHER)).toList();
    }

    public static String field(String part, String language) {
        return part + "_" + language;
    }

    static String languageOfField(String field) {
        int us = field.lastIndexOf('_');
        return us < 0 ? OTHER : field.substring(us + 1);
    }

    /** One language's chain: standard tokenizer, elision, lower case, stop words, light stemming, accent folding. */
    private static final class LanguageAnalyzer extends Analyzer {
        private final String lang;
        private final CharArraySet stop;

        LanguageAnalyzer(String lang) {
            this.lang = lang;
            this.stop = switch (lang) {
                case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
                case "fr" -> FrenchAnalyzer.getDefaultStopSet();
                case "de" -> GermanAnalyzer.getDefaultStopSet();
                case "es" -> SpanishAnalyzer.getDefaultStopSet();
                case "it" -> ItalianAnalyzer.getDefaultStopSet();
                case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
                case "nl" -> DutchAnalyzer.getDefaultStopSet();
                default -> CharArraySet.EMPTY_SET;
            };
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = elision(source);
            if (lang.equals("en")) {
                ts = new EnglishPossessiveFilter(ts);
            }
            ts = new LowerCaseFilter(ts);
            if (!stop.isEmpty()) {
                ts = new StopFilter(ts, stop);
            }
            ts = switch (lang) {
                case "en" -> new PorterStemFilter(ts);
                case "fr" -> new FrenchLightStemFilter(ts);
                case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(ts));
                case "es" -> new SpanishLightStemFilter(ts);
                case "it" -> new ItalianLightStemFilter(ts);
                case "pt" -> new PortugueseLightStemFilter(ts);
                case "nl" -> new SnowballFilter(ts, "Dutch");
                default -> ts;
            };
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(ts));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(elision(in)));
        }

        private TokenStream elision(TokenStream in) {
            return switch (lang) {
                case "fr" -> new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
                case "it" -> new ElisionFilter(in, ITALIAN_ARTICLES);
                default -> in;
            };
        }
    }
}
