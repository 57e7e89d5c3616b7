package org.copydesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.model.Words;

/**
 * Builds a long English news article with French left in it, the way machine translation leaves it: French phrases
 * inside English sentences, whole French sentences, quotations in « » and “ ”, names and numbers. Deterministic for
 * a seed. Records the language of every piece, so a benchmark can also measure word accuracy.
 */
final class MixedCopyGenerator {
    /** The text and, per character, its language ("en"/"fr"), or '*' for names and numbers. */
    record Article(String text, char[] languageByChar) {
    }

    private static final String[] SUBJECTS_EN = {"The minister", "The city council", "A spokesperson for the ministry",
            "The government", "Local residents", "The opposition", "Union leaders", "The regional authority",
            "Several analysts", "The prime minister", "The committee", "Farmers in the north", "The central bank",
            "Environmental groups", "The transport agency", "Hospital staff", "The mayor's office", "Teachers"};
    private static final String[] VERBS_EN = {"announced", "rejected", "confirmed", "criticised", "welcomed",
            "postponed", "approved", "questioned", "defended", "presented", "called for", "warned against",
            "agreed on", "published", "reviewed", "promised", "opposed", "supported"};
    private static final String[] OBJECTS_EN = {"a new plan for public housing", "the budget for next year",
            "an agreement on grain exports", "the reform of the pension system", "a pilot project for winter cycling",
            "the closure of three rural schools", "new rules on short-term rentals", "a deal with the unions",
            "the construction of a tram line", "higher taxes on fuel", "a ban on single-use plastics",
            "the results of the inquiry", "a programme to train nurses", "the sale of the old harbour",
            "an investment in renewable energy", "cuts to library opening hours", "the merger of two hospitals"};
    private static final String[] TIMES_EN = {"on Tuesday", "last week", "earlier this month", "after a long debate",
            "despite strong criticism", "in a statement", "at a press conference", "for the first time since 2001",
            "without a vote", "before the summer", "late on Friday", "during the morning session"};
    private static final String[] FRAGMENTS_FR = {"la semaine dernière", "selon des sources proches du dossier",
            "pour la première fois depuis", "malgré les critiques", "lors d’une conférence de presse",
            "dans le cadre de sa politique", "entre les deux pays", "au niveau régional et international",
            "d’ici à la fin de l’année", "sans aucun rapport avec la situation", "à un an des élections",
            "avec la plus grande fermeté", "qui habite dans le quartier", "pour sa succession",
            "à la demande du gouvernement", "en dépit des protestations", "jusqu’à nouvel ordre",
            "dans les prochains jours", "à l’issue de la réunion", "de plus en plus souvent"};
    private static final String[] SENTENCES_FR = {
            "Les syndicats restent prudents et demandent des garanties sur les salaires.",
            "Cette annonce intervient alors que l’Union européenne cherche à réduire sa dépendance.",
            "Le gouvernement a confirmé lundi qu’il prendra en charge près de la moitié de l’investissement.",
            "Les habitants, eux, semblent surtout préoccupés par le prix des logements.",
            "Il s’agit de la deuxième réunion de ce type organisée cette année.",
            "Le projet sera présenté au conseil municipal le mois prochain.",
            "Plusieurs élus ont dénoncé un manque de transparence dans la procédure.",
            "La décision doit encore être approuvée par les deux chambres du parlement.",
            "Les travaux devraient commencer au printemps et durer environ trois ans.",
            "Interrogé sur ce point, le porte-parole n’a pas souhaité faire de commentaire."};
    private static final String[] QUOTES_EN = {"We will not accept this", "Residents asked us for safe routes",
            "This is a good day for the region", "Nobody wants a repeat of last summer", "We are close, but not there yet",
            "The numbers simply do not add up", "We have listened to the families"};
    private static final String[] QUOTES_FR = {"Nous ne lâcherons rien", "C’est une excellente nouvelle pour la région",
            "On ne peut plus se loger ici", "Nous avons écouté les familles", "Le dialogue reste ouvert",
            "Ce projet est inacceptable en l’état"};
    private static final String[] SPEAKERS = {"Marie Dubois", "John Carter", "Ana Pereira", "Mayor Ruth Abernathy",
            "Klaus Becker", "Sophie Martin"};

    private final Random random;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder langs = new StringBuilder();

    private MixedCopyGenerator(long seed) {
        random = new Random(seed);
    }

    static Article generate(int words, long seed) {
        MixedCopyGenerator g = new MixedCopyGenerator(seed);
        g.build(words);
        return new Article(g.text.toString(), g.langs.toString().toCharArray());
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private int wordCount;

    private void add(String s, char lang) {
        wordCount += Words.count(s);
        text.append(s);
        for (int i = 0; i < s.length(); i++) {
            langs.append(lang);
        }
    }

    private void build(int words) {
        add("Regional leaders clash over budget ", 'e');
        add("à un an des élections", 'f');
        add("\n\n", 'e');
        while (wordCount < words) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    add(" ", 'e');
                }
                sentence();
            }
            add("\n\n", 'e');
        }
    }

    private void sentence() {
        int kind = random.nextInt(10);
        if (kind < 5) {
            add(pick(SUBJECTS_EN) + " " + pick(VERBS_EN) + " " + pick(OBJECTS_EN), 'e');
            if (random.nextInt(3) == 0) {
                add(" ", 'e');
                add(pick(FRAGMENTS_FR), 'f');
            }
            add(" " + pick(TIMES_EN) + ".", 'e');
        } else if (kind < 7) {
            add(pick(SENTENCES_FR), 'f');
        } else if (kind < 9) {
            add("“" + pick(QUOTES_EN) + ",” said ", 'e');
            add(pick(SPEAKERS), '*');
            add(", adding that the decision was taken ", 'e');
            add(pick(FRAGMENTS_FR), 'f');
            add(".", 'e');
        } else {
            add("«\u202F", 'e');
            add(pick(QUOTES_FR), 'f');
            add("\u202F», ", 'e');
            add("a déclaré", 'f');
            add(" ", 'e');
            add(pick(SPEAKERS), '*');
            add(" in " + (2000 + random.nextInt(25)) + ".", 'e');
        }
    }

    /** Word spans of the text with their language, skipping names and numbers. */
    static List<int[]> scoredWords(Article a) {
        List<int[]> out = new ArrayList<>();
        for (Words.Word w : Words.split(a.text())) {
            char l = a.languageByChar()[w.start()];
            if (l != '*') {
                out.add(new int[] {w.start(), w.end(), l});
            }
        }
        return out;
    }
}
