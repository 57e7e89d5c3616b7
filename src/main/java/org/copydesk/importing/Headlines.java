package org.copydesk.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;

/**
 * The headline of a scraped page. A reader takes the first line as the headline; on a scraped page that line is often
 * a teaser for another story, and the real headline is the first paragraph. Each line near the top is scored by how
 * many of its words and names the running text below uses, its position, its length and its shape (a headline has no
 * final full stop and starts with a capital); the first line keeps its place unless another line heads the body
 * clearly better. Pure and language-neutral (the words are compared without case or accents, by their stems).
 */
public final class Headlines {
    /** How many body paragraphs under the first line may be candidates. */
    static final int TOP_PARAGRAPHS = 3;
    /** A candidate has at most this many words (a lede is longer). */
    static final int MAX_WORDS = 24;
    /** How much better than the first line another line must score to take its place. */
    static final double MARGIN = 0.3;
    /** A line must share at least this much of its words with the running text to take the first line's place. */
    static final double MIN_OVERLAP = 0.3;
    /** ... and at least this many different words. */
    static final int MIN_SHARED = 2;
    /** Separators of navigation and share bars ("Home | News | Europe", "Accueil › Actualité"). */
    private static final Pattern NAVIGATION = Pattern.compile("\\s[|›»>/·•]\\s");
    /** A first line whose words the body uses at least this much always stays. */
    static final double FIRST_LINE_FITS = 0.45;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    /** Words of four letters or more that say nothing about the subject, in the seven languages. */
    private static final Set<String> FUNCTION_WORDS = new HashSet<>(List.of(
            "with", "from", "that", "this", "these", "those", "their", "there", "have", "been", "were", "will", "would",
            "about", "after", "before", "into", "over", "under", "than", "when", "what", "which", "while", "says", "said",
            "dans", "pour", "avec", "sans", "sont", "cette", "leur", "leurs", "mais", "plus", "apres", "avant", "selon",
            "nach", "eine", "einen", "einem", "einer", "sind", "wird", "werden", "nicht", "auch", "sich", "noch",
            "beim", "uber", "unter", "oder", "para", "como", "pero", "esta", "este", "estos", "sobre", "desde", "entre",
            "segun", "tras", "contra", "della", "delle", "degli", "sono", "anche", "dopo", "prima", "nella", "nelle",
            "pelo", "pela", "apos", "depois", "voor", "niet", "heeft", "zijn", "wordt", "worden", "naar",
            "maar", "door", "tegen", "onder", "volgens"));

    private Headlines() {
    }

    /**
     * One line that could head the article.
     *
     * @param paragraph the body paragraph it is, or -1 for the article's headline
     * @param text      the line
     * @param overlap   the share (0..1) of its words and names that the running text uses (0 for a navigation line)
     * @param shared    how many of its words the running text uses
     * @param score     overlap with the bonuses and penalties for position, length and shape
     */
    public record Candidate(int paragraph, String text, double overlap, int shared, double score) {
        public boolean isHeadline() {
            return paragraph < 0;
        }
    }

    /** The headline, then each short paragraph among the first few of the body, with their scores. */
    public static List<Candidate> candidates(Article article) {
        List<Paragraph> body = article.body();
        List<Integer> tops = new ArrayList<>();
        for (int p = 0; p < Math.min(TOP_PARAGRAPHS, body.size()); p++) {
            Paragraph para = body.get(p);
            String t = para.text().strip();
            if (para.kind() != ParagraphKind.BLOCKQUOTE && !t.isEmpty() && words(t).size() <= MAX_WORDS) {
                tops.add(p);
            }
        }
        // the running text each line is compared with: the body without that line
        List<Map<String, Boolean>> own = new ArrayList<>();
        Map<String, Integer> all = new HashMap<>();
        for (Paragraph para : body) {
            Map<String, Boolean> st = stems(para.text(), false);
            own.add(st);
            st.keySet().forEach(k -> all.merge(k, 1, Integer::sum));
        }
        List<Candidate> out = new ArrayList<>();
        out.add(score(-1, article.headline(), 0, all));
        for (int i = 0; i < tops.size(); i++) {
            int p = tops.get(i);
            Map<String, Integer> running = new HashMap<>(all);
            own.get(p).keySet().forEach(k -> running.computeIfPresent(k, (x, n) -> n > 1 ? n - 1 : null));
            out.add(score(p, body.get(p).text().strip(), i + 1, running));
        }
        return List.copyOf(out);
    }

    /**
     * Which of the {@link #candidates} heads the body: 0 (the headline as read) unless another line, shaped like a
     * headline, shares at least {@link #MIN_OVERLAP} of its words with the running text, {@link #MARGIN} more than the
     * headline does, and scores {@link #MARGIN} better.
     */
    public static int best(List<Candidate> candidates) {
        if (candidates.size() < 2) {
            return 0;
        }
        Candidate first = candidates.get(0);
        if (first.overlap() >= FIRST_LINE_FITS) {
            return 0;
        }
        int best = 0;
        for (int i = 1; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.overlap() >= MIN_OVERLAP && c.shared() >= MIN_SHARED && c.overlap() >= first.overlap() + MARGIN && headlineShaped(c.text())
                    && c.score() >= first.score() + MARGIN && (best == 0 || c.score() > candidates.get(best).score())) {
                best = i;
            }
        }
        return best;
    }

    /** At least three words, starting with a capital or a digit (as a headline does in the seven languages). */
    private static boolean headlineShaped(String line) {
        return words(line).size() >= 3 && !line.isEmpty()
                && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0)));
    }

    /**
     * The article headed by the line that heads its body: unchanged when that is the headline, else
     * {@link #rehead rehead}ed (the old first line becomes the first paragraph, for the clean-up review to flag).
     */
    public static Article choose(Article article) {
        List<Candidate> c = candidates(article);
        int best = best(c);
        return best == 0 ? article : rehead(article, c.get(best).paragraph());
    }

    /**
     * Body paragraph {@code paragraph} becomes the headline and the headline becomes the first paragraph (the lines
     * above the new headline keep their order under it). Language and quotation marks move with their text; marks in
     * the paragraph that became the headline are dropped (a headline carries none). A negative index changes nothing.
     */
    public static Article rehead(Article article, int paragraph) {
        List<Paragraph> body = article.body();
        if (paragraph < 0 || paragraph >= body.size()) {
            return article;
        }
        String oldHeadline = article.headline();
        int[] starts = article.paragraphStarts();
        int s = starts[paragraph];
        int e = s + body.get(paragraph).text().length();
        int inserted = oldHeadline.length() + 1;
        List<Paragraph> nb = new ArrayList<>();
        nb.add(Paragraph.of(oldHeadline));
        for (int p = 0; p < body.size(); p++) {
            if (p != paragraph) {
                nb.add(body.get(p));
            }
        }
        List<LanguageMark> langs = new ArrayList<>();
        for (LanguageMark m : article.languageMarks()) {
            int[] r = move(m.start(), m.end(), s, e, inserted, paragraph == body.size() - 1);
            if (r != null) {
                langs.add(new LanguageMark(r[0], r[1], m.language(), m.origin()));
            }
        }
        List<QuoteMark> quotes = new ArrayList<>();
        for (QuoteMark m : article.quoteMarks()) {
            int[] r = move(m.start(), m.end(), s, e, inserted, paragraph == body.size() - 1);
            if (r != null) {
                quotes.add(new QuoteMark(r[0], r[1], m.speaker(), m.origin()));
            }
        }
        return article.withHeadline(body.get(paragraph).text().strip()).withBody(nb).withLanguageMarks(langs)
                .withQuoteMarks(quotes);
    }

    /**
     * Where an offset of the old body is in the reheaded body, or -1 when it was inside the paragraph [s, e) that
     * became the headline.
     */
    public static int moved(int offset, int s, int e, int inserted) {
        if (offset < s) {
            return offset + inserted;
        }
        if (offset > e) {
            return offset + inserted - (e - s + 1);
        }
        return -1;
    }

    private static int[] move(int start, int end, int s, int e, int inserted, boolean last) {
        if (start >= s && end <= e) {
            return null;
        }
        if (start < s && end <= s) {
            return new int[] {start + inserted, end + inserted};
        }
        if (start > e || start == e && !last) {
            int shift = inserted - (e - s + 1);
            return new int[] {start + shift, end + shift};
        }
        return null; // a mark across the paragraph that moved up: it no longer covers one run of text
    }

    private static Candidate score(int paragraph, String line, int position, Map<String, Integer> running) {
        String t = line.strip();
        Map<String, Boolean> own = stems(t, true);
        double have = 0;
        double all = 0;
        int shared = 0;
        for (var e : own.entrySet()) {
            double w = e.getValue() ? 2 : 1; // a name counts twice
            all += w;
            Integer n = running.get(e.getKey());
            if (n != null) {
                have += w * (n >= 2 ? 1.0 : 0.75);
                shared++;
            }
        }
        boolean navigation = navigation(t);
        double overlap = all == 0 || navigation ? 0 : have / all;
        double score = overlap - 0.05 * position - (navigation ? 0.5 : 0);
        int n = words(t).size();
        if (n < 3 && position > 0) {
            score -= 0.3;
        } else if (n > 18) {
            score -= 0.2;
        }
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (last == '.' && !t.endsWith("...")) {
            score -= 0.15;
        } else if (last == ':' || last == ',' || last == ';') {
            score -= 0.3;
        }
        if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
            score -= 0.2;
        }
        return new Candidate(paragraph, t, overlap, shared, score);
    }

    /** A navigation or share bar: two or more separators between short items. */
    static boolean navigation(String line) {
        Matcher m = NAVIGATION.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n >= 2;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The stems of the content words of {@code text}, each with whether it is a name (capitalised where a sentence
     * does not start; with {@code headlineCase} a line in title case counts only words with a capital inside body use).
     */
    static Map<String, Boolean> stems(String text, boolean headlineCase) {
        Map<String, Boolean> out = new HashMap<>();
        Matcher m = WORD.matcher(text);
        boolean sentenceStart = true;
        int prevEnd = 0;
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            String between = text.substring(prevEnd, m.start());
            if (between.contains(".") || between.contains("!") || between.contains("?") || between.contains(":")) {
                sentenceStart = true;
            }
            String w = m.group();
            prevEnd = m.end();
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            boolean name = capital && !sentenceStart;
            sentenceStart = false;
            String plain = plain(w);
            if (plain.length() < 4 && !(capital && plain.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)))) {
                continue; // short words say little, except acronyms (EU, NATO, ONU)
            }
            if (FUNCTION_WORDS.contains(plain)) {
                continue;
            }
            String stem = plain.length() >= 6 ? plain.substring(0, 5) : plain;
            if (seen.add(stem)) {
                out.put(stem, name && !headlineCase || name && headlineCase && !titleCase(text));
            } else if (name) {
                out.put(stem, true);
            }
        }
        return out;
    }

    /** True when most words of four letters or more start with a capital ("Storm Hits The Coast"). */
    private static boolean titleCase(String text) {
        int caps = 0;
        int n = 0;
        for (String w : words(text)) {
            if (w.length() >= 4) {
                n++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    caps++;
                }
            }
        }
        return n >= 3 && caps * 4 >= n * 3;
    }

    private static String plain(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return d.replace("ß", "ss");
    }
}
