package org.copydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.model.Words;
import org.copydesk.storage.ArticleCodec;
import org.copydesk.storage.Slugs;

/**
 * Deterministic generator of news-like articles for benchmarks: eight desks (topics), English and French mostly, some
 * German and Spanish, ~600 words each, with quotations, tags, statuses, dates over two years, links between stories of
 * the same desk (a few broken) and, in some English stories, a French passage with its language mark. The text is
 * made from the word lists and templates below; it reads like copy, it is not meant to make sense.
 */
final class BenchArticles {
    record Topic(String name, String[][] en, String[][] fr, String[] de, String[] es) {
    }

    /** Nouns per topic: {singular, plural} for English; {singular, plural, gender} for French. */
    static final List<Topic> TOPICS = List.of(
            new Topic("defence",
                    new String[][] {{"exercise", "exercises"}, {"army", "armies"}, {"soldier", "soldiers"}, {"drill", "drills"},
                            {"base", "bases"}, {"warship", "warships"}, {"convoy", "convoys"}, {"commander", "commanders"},
                            {"border patrol", "border patrols"}, {"deployment", "deployments"}},
                    new String[][] {{"armée", "armées", "f"}, {"exercice", "exercices", "m"}, {"soldat", "soldats", "m"},
                            {"manœuvre", "manœuvres", "f"}, {"base", "bases", "f"}, {"frégate", "frégates", "f"},
                            {"convoi", "convois", "m"}, {"état-major", "états-majors", "m"}, {"régiment", "régiments", "m"},
                            {"déploiement", "déploiements", "m"}},
                    new String[] {"Armee", "Übung", "Soldaten", "Manöver", "Stützpunkt"},
                    new String[] {"ejército", "maniobras", "soldados", "base", "despliegue"}),
            new Topic("economy",
                    new String[][] {{"budget", "budgets"}, {"tax", "taxes"}, {"factory", "factories"}, {"market", "markets"},
                            {"price", "prices"}, {"worker", "workers"}, {"bank", "banks"}, {"export", "exports"},
                            {"wage", "wages"}, {"investor", "investors"}},
                    new String[][] {{"budget", "budgets", "m"}, {"impôt", "impôts", "m"}, {"usine", "usines", "f"},
                            {"marché", "marchés", "m"}, {"prix", "prix", "m"}, {"salarié", "salariés", "m"},
                            {"banque", "banques", "f"}, {"exportation", "exportations", "f"}, {"salaire", "salaires", "m"},
                            {"investisseur", "investisseurs", "m"}},
                    new String[] {"Haushalt", "Steuern", "Fabrik", "Preise", "Löhne"},
                    new String[] {"presupuesto", "impuestos", "fábrica", "precios", "salarios"}),
            new Topic("climate",
                    new String[][] {{"storm", "storms"}, {"flood", "floods"}, {"drought", "droughts"}, {"glacier", "glaciers"},
                            {"heatwave", "heatwaves"}, {"river", "rivers"}, {"forest", "forests"}, {"emission", "emissions"},
                            {"coastline", "coastlines"}, {"harvest", "harvests"}},
                    new String[][] {{"tempête", "tempêtes", "f"}, {"inondation", "inondations", "f"}, {"sécheresse", "sécheresses", "f"},
                            {"glacier", "glaciers", "m"}, {"canicule", "canicules", "f"}, {"rivière", "rivières", "f"},
                            {"forêt", "forêts", "f"}, {"émission", "émissions", "f"}, {"littoral", "littoraux", "m"},
                            {"récolte", "récoltes", "f"}},
                    new String[] {"Sturm", "Hochwasser", "Dürre", "Gletscher", "Hitzewelle"},
                    new String[] {"tormenta", "inundaciones", "sequía", "glaciar", "ola de calor"}),
            new Topic("sport",
                    new String[][] {{"match", "matches"}, {"coach", "coaches"}, {"player", "players"}, {"title", "titles"},
                            {"stadium", "stadiums"}, {"season", "seasons"}, {"goal", "goals"}, {"fan", "fans"},
                            {"transfer", "transfers"}, {"final", "finals"}},
                    new String[][] {{"match", "matchs", "m"}, {"entraîneur", "entraîneurs", "m"}, {"joueur", "joueurs", "m"},
                            {"titre", "titres", "m"}, {"stade", "stades", "m"}, {"saison", "saisons", "f"}, {"but", "buts", "m"},
                            {"supporter", "supporters", "m"}, {"transfert", "transferts", "m"}, {"finale", "finales", "f"}},
                    new String[] {"Spiel", "Trainer", "Spieler", "Titel", "Stadion"},
                    new String[] {"partido", "entrenador", "jugadores", "título", "estadio"}),
            new Topic("culture",
                    new String[][] {{"festival", "festivals"}, {"museum", "museums"}, {"novel", "novels"}, {"exhibition", "exhibitions"},
                            {"orchestra", "orchestras"}, {"painting", "paintings"}, {"theatre", "theatres"}, {"film", "films"},
                            {"library", "libraries"}, {"composer", "composers"}},
                    new String[][] {{"festival", "festivals", "m"}, {"musée", "musées", "m"}, {"roman", "romans", "m"},
                            {"exposition", "expositions", "f"}, {"orchestre", "orchestres", "m"}, {"tableau", "tableaux", "m"},
                            {"théâtre", "théâtres", "m"}, {"film", "films", "m"}, {"bibliothèque", "bibliothèques", "f"},
                            {"compositeur", "compositeurs", "m"}},
                    new String[] {"Festival", "Museum", "Roman", "Ausstellung", "Orchester"},
                    new String[] {"festival", "museo", "novela", "exposición", "orquesta"}),
            new Topic("health",
                    new String[][] {{"hospital", "hospitals"}, {"nurse", "nurses"}, {"vaccine", "vaccines"}, {"patient", "patients"},
                            {"clinic", "clinics"}, {"doctor", "doctors"}, {"epidemic", "epidemics"}, {"treatment", "treatments"},
                            {"waiting list", "waiting lists"}, {"pharmacy", "pharmacies"}},
                    new String[][] {{"hôpital", "hôpitaux", "m"}, {"infirmière", "infirmières", "f"}, {"vaccin", "vaccins", "m"},
                            {"patient", "patients", "m"}, {"clinique", "cliniques", "f"}, {"médecin", "médecins", "m"},
                            {"épidémie", "épidémies", "f"}, {"traitement", "traitements", "m"}, {"urgence", "urgences", "f"},
                            {"pharmacie", "pharmacies", "f"}},
                    new String[] {"Krankenhaus", "Pflegekräfte", "Impfstoff", "Patienten", "Klinik"},
                    new String[] {"hospital", "enfermeras", "vacuna", "pacientes", "clínica"}),
            new Topic("transport",
                    new String[][] {{"railway", "railways"}, {"bridge", "bridges"}, {"ferry", "ferries"}, {"airport", "airports"},
                            {"motorway", "motorways"}, {"strike", "strikes"}, {"tram line", "tram lines"}, {"timetable", "timetables"},
                            {"passenger", "passengers"}, {"harbour", "harbours"}},
                    new String[][] {{"voie ferrée", "voies ferrées", "f"}, {"pont", "ponts", "m"}, {"ferry", "ferries", "m"},
                            {"aéroport", "aéroports", "m"}, {"autoroute", "autoroutes", "f"}, {"grève", "grèves", "f"},
                            {"ligne de tram", "lignes de tram", "f"}, {"horaire", "horaires", "m"}, {"voyageur", "voyageurs", "m"},
                            {"port", "ports", "m"}},
                    new String[] {"Bahn", "Brücke", "Fähre", "Flughafen", "Streik"},
                    new String[] {"ferrocarril", "puente", "ferri", "aeropuerto", "huelga"}),
            new Topic("politics",
                    new String[][] {{"election", "elections"}, {"minister", "ministers"}, {"parliament", "parliaments"},
                            {"reform", "reforms"}, {"vote", "votes"}, {"coalition", "coalitions"}, {"mayor", "mayors"},
                            {"candidate", "candidates"}, {"referendum", "referendums"}, {"party", "parties"}},
                    new String[][] {{"élection", "élections", "f"}, {"ministre", "ministres", "m"}, {"parlement", "parlements", "m"},
                            {"réforme", "réformes", "f"}, {"vote", "votes", "m"}, {"coalition", "coalitions", "f"},
                            {"maire", "maires", "m"}, {"candidat", "candidats", "m"}, {"référendum", "référendums", "m"},
                            {"parti", "partis", "m"}},
                    new String[] {"Wahl", "Minister", "Parlament", "Reform", "Koalition"},
                    new String[] {"elecciones", "ministro", "parlamento", "reforma", "coalición"}));

    static final String[] PLACES = {"Lyon", "Brest", "Toulouse", "Lille", "Bordeaux", "Marseille", "Nantes", "Grenoble",
            "Cardiff", "Leeds", "Glasgow", "Bristol", "Dover", "Norwich", "Quimper", "Rennes", "Metz", "Nice", "Dijon", "Caen"};
    static final String[] PEOPLE = {"Claire Dubois", "Marc Lefèvre", "Anne Moreau", "Julien Caron", "Sophie Martin",
            "David Hughes", "Emma Clarke", "Tom Fletcher", "Sarah Patel", "James Wright", "Léa Girard", "Hugo Lambert",
            "Nadia Benali", "Paul Renaud", "Ruth Okafor", "Ian McLeod"};
    static final String[] EN_ADJ = {"new", "major", "difficult", "rapid", "historic", "fragile", "necessary", "costly",
            "unexpected", "regional", "national", "lasting", "sharp", "modest", "urgent"};
    static final String[] FR_ADJ = {"considérable", "rapide", "difficile", "historique", "fragile", "nécessaire",
            "probable", "sensible", "durable", "efficace", "énorme", "stratégique", "budgétaire", "inédit", "urgent"};
    static final String[] EN_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "the end of the month"};
    static final String[] FR_DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "la fin de la semaine", "la fin du mois"};

    static final String[] EN_SENTENCES = {
            "{Person}, who has followed the {noun} for years, said the {adj} {noun2} would be reviewed by {day}.",
            "Officials in {place} confirmed on {day} that {number} {nouns} had been affected.",
            "The {noun} was first announced last spring, but critics say the {nouns2} remain {adj}.",
            "\u201CWe will not accept {adj} {nouns} in {place},\u201D {person} told reporters.",
            "According to figures released on {day}, the number of {nouns} rose by {number} per cent.",
            "Residents of {place} said the {noun} had changed little since last year.",
            "The ministry declined to comment on the {adj} {noun}, citing ongoing talks.",
            "Analysts expect further {nouns} in the coming weeks, with the {noun2} likely to be delayed.",
            "In {place}, {nouns} were reported near the {noun2} early on {day}.",
            "{Person} described the {noun} as {adj} and called for more {nouns2}.",
            "A spokesperson for the {noun} in {place} said {number} {nouns2} were under review.",
            "The plan, which covers {number} {nouns}, is due to be debated on {day}.",
            "Opposition groups in {place} have questioned whether the {noun} is {adj} enough.",
            "\u201CThe {nouns} are the priority,\u201D said {person}, adding that the {noun2} would follow.",
            "The {adj} {noun} comes after months of pressure over {nouns2} in {place}.",
            "Several {nouns} had been expected, but only {number} were confirmed by {day}."};
    static final String[] FR_SENTENCES = {
            "{Person}, qui suit ce dossier depuis des années, a déclaré que {le_noun} serait réexaminé d’ici {day}.",
            "Les autorités de {place} ont confirmé {day} que {number} {nouns} étaient concernés.",
            "{Le_noun} avait été annoncé au printemps, mais les critiques jugent {les_nouns2} {adjp}.",
            "« Nous n’accepterons pas {des_nouns} {adjp} à {place} », a affirmé {person} devant la presse.",
            "Selon les chiffres publiés {day}, le nombre de {nouns} a augmenté de {number} %.",
            "Les habitants de {place} estiment que {le_noun} a peu changé depuis l’an dernier.",
            "Le ministère n’a pas souhaité commenter {le_noun}, évoquant des discussions en cours.",
            "Les analystes s’attendent à de nouvelles annonces sur {les_nouns} dans les semaines à venir.",
            "À {place}, {des_nouns} ont été signalés près {du_noun2} dès {day}.",
            "{Person} a qualifié la situation de {adj} et réclame davantage de {nouns2}.",
            "Un porte-parole a indiqué que {number} {nouns2} étaient à l’étude à {place}.",
            "Le projet, qui concerne {number} {nouns}, doit être débattu {day}.",
            "L’opposition de {place} se demande si {le_noun} est vraiment {adj}.",
            "« {Les_nouns} restent la priorité », a ajouté {person}, précisant que {le_noun2} suivrait.",
            "Cette décision {adj} intervient après des mois de tensions autour {des_nouns2_du} à {place}.",
            "Plusieurs {nouns} étaient attendus, mais seulement {number} ont été confirmés {day}."};
    static final String[] EN_HEADLINES = {"{Place} {nouns} face {adj} {noun2} plan", "{Person} warns of {adj} {nouns}",
            "New {noun} announced for {place}", "{Nouns} rise in {place} after {noun2} row", "{Place} braces for {adj} {noun}",
            "Inside the {adj} {noun} that divided {place}", "{Number} {nouns} affected as {noun2} stalls in {place}"};
    static final String[] FR_HEADLINES = {"{Place} : {les_nouns} face à une crise {adj}", "{Person} alerte sur {les_nouns} {adjp}",
            "Nouvelle étape pour {le_noun} à {place}", "À {place}, {les_nouns} en hausse après {le_noun2}",
            "{Place} se prépare à un hiver {adj}", "{Le_noun} divise {place}", "{Number} {nouns} touchés à {place}"};
    static final String[] DE_SENTENCES = {"In {place} berichteten Behörden am Montag über {w1} und {w2}.",
            "{Person} sagte, die Lage bei {w1} sei schwierig.", "Nach Angaben der Stadt {place} sind {number} Fälle betroffen.",
            "Kritiker fordern mehr Klarheit über {w2} und {w3}.", "Die Regierung will bis Freitag über {w1} entscheiden."};
    static final String[] ES_SENTENCES = {"En {place}, las autoridades informaron el lunes sobre {w1} y {w2}.",
            "{Person} dijo que la situación del {w1} es difícil.", "Según el ayuntamiento de {place}, {number} casos están afectados.",
            "Los críticos piden más claridad sobre {w2} y {w3}.", "El gobierno decidirá el viernes sobre {w1}."};
    static final String[] FR_QUOTES = {"« les armées doivent rester prêtes »", "« la réforme n’est pas négociable »",
            "« nous ne lâcherons rien sur les salaires »", "« les inondations ont tout emporté »"};
    static final String[] STATUS_CYCLE = {"draft", "draft", "editing", "editing", "ready", "exported", "exported", "exported"};

    private final Random rnd;
    private final Instant start = Instant.parse("2024-12-01T06:00:00Z");

    BenchArticles(long seed) {
        this.rnd = new Random(seed);
    }

    /** Writes {@code n} articles into {@code articlesDir} (plain writes: this is a benchmark fixture). Returns their ids. */
    List<String> write(Path articlesDir, int n) throws IOException {
        Files.createDirectories(articlesDir);
        List<String> ids = new ArrayList<>(n);
        List<List<String>> byTopic = new ArrayList<>();
        for (int i = 0; i < TOPICS.size(); i++) {
            byTopic.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int t = rnd.nextInt(TOPICS.size());
            Article a = article(i, TOPICS.get(t), byTopic.get(t));
            Files.write(articlesDir.resolve(a.id() + ".json"), ArticleCodec.encode(a, Map.of()));
            ids.add(a.id());
            byTopic.get(t).add(a.id());
        }
        return ids;
    }

    Article article(int i, Topic topic, List<String> earlier) {
        double l = rnd.nextDouble();
        String lang = l < 0.55 ? "en" : l < 0.90 ? "fr" : l < 0.95 ? "de" : "es";
        String headline = switch (lang) {
            case "en" -> fill(pick(EN_HEADLINES), topic, "en");
            case "fr" -> fill(pick(FR_HEADLINES), topic, "fr");
            case "de" -> fill("{Place}: {w1} und {w2} im Mittelpunkt", topic, "de");
            default -> fill("{Place}: debate sobre {w1} y {w2}", topic, "es");
        };
        headline = Character.toUpperCase(headline.charAt(0)) + headline.substring(1);
        String standfirst = sentence(topic, lang);
        List<Paragraph> body = new ArrayList<>();
        List<LanguageMark> marks = new ArrayList<>();
        int words = 0;
        int target = 560 + rnd.nextInt(90);
        int offset = 0;
        while (words < target) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    p.append(' ');
                }
                if (lang.equals("en") && rnd.nextInt(40) == 0) {
                    String q = pick(FR_QUOTES);
                    p.append(pick(PEOPLE)).append(" put it in French: ");
                    marks.add(new LanguageMark(offset + p.length(), offset + p.length() + q.length(), "fr", MarkOrigin.AUTO));
                    p.append(q).append('.');
                } else {
                    p.append(sentence(topic, lang));
                }
            }
            ParagraphKind kind = body.size() > 2 && rnd.nextInt(12) == 0 ? ParagraphKind.SUBHEADING : ParagraphKind.PARAGRAPH;
            String text = kind == ParagraphKind.SUBHEADING ? fill(pick(lang.equals("fr") ? FR_HEADLINES : EN_HEADLINES), topic, lang.equals("fr") ? "fr" : "en") : p.toString();
            if (kind == ParagraphKind.SUBHEADING) {
                final int paraStart = offset;
                marks.removeIf(m -> m.start() >= paraStart);
            }
            body.add(Paragraph.of(kind, text));
            words += Words.count(text);
            offset += text.length() + 1;
        }
        Instant created = start.plus(Duration.ofMinutes((long) i * 100 + rnd.nextInt(60)));
        Instant modified = created.plus(Duration.ofMinutes(rnd.nextInt(600)));
        List<RelatedLink> links = new ArrayList<>();
        if (!earlier.isEmpty() && rnd.nextInt(5) == 0) {
            int k = 1 + rnd.nextInt(3);
            for (int j = 0; j < k; j++) {
                String linked = earlier.get(earlier.size() - 1 - rnd.nextInt(Math.min(30, earlier.size())));
                if (links.stream().noneMatch(x -> x.targetId().equals(linked))) {
                    links.add(new RelatedLink(linked, Relation.values()[rnd.nextInt(3)], null));
                }
            }
            if (rnd.nextInt(10) == 0) {
                links.add(new RelatedLink("withdrawn-story-" + i, Relation.BACKGROUND, "withdrawn"));
            }
        }
        String id = Slugs.of(headline);
        String suffix = "-" + i;
        if (id.length() + suffix.length() > Slugs.MAX_LENGTH) {
            id = id.substring(0, Slugs.MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
        }
        id = id + suffix;
        String status = STATUS_CYCLE[rnd.nextInt(STATUS_CYCLE.length)];
        return new Article(id, headline, standfirst, pick(PEOPLE), pick(PLACES).toUpperCase(Locale.ROOT), lang,
                ArticleStatus.fromId(status), List.of(topic.name(), pick(PLACES).toLowerCase(Locale.ROOT)),
                created, modified, body, lang.equals("en") ? marks : List.of(), List.of(), links, List.of(), 1 + rnd.nextInt(20));
    }

    private String sentence(Topic topic, String lang) {
        return switch (lang) {
            case "en" -> fill(pick(EN_SENTENCES), topic, "en");
            case "fr" -> fill(pick(FR_SENTENCES), topic, "fr");
            case "de" -> fill(pick(DE_SENTENCES), topic, "de");
            default -> fill(pick(ES_SENTENCES), topic, "es");
        };
    }

    private String fill(String template, Topic topic, String lang) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String slot = template.substring(open + 1, close);
            boolean cap = Character.isUpperCase(slot.charAt(0));
            String v = value(slot.toLowerCase(Locale.ROOT), topic, lang);
            out.append(cap && !v.isEmpty() ? Character.toUpperCase(v.charAt(0)) + v.substring(1) : v);
            i = close + 1;
        }
        return out.toString();
    }

    private String value(String slot, Topic topic, String lang) {
        switch (slot) {
            case "place":
                return pick(PLACES);
            case "person":
                return pick(PEOPLE);
            case "number":
                return Integer.toString(2 + rnd.nextInt(480));
            case "day":
                return pick(lang.equals("fr") ? FR_DAYS : EN_DAYS);
            case "adj":
                return pick(lang.equals("fr") ? FR_ADJ : EN_ADJ);
            case "adjp":
                String adj = pick(FR_ADJ);
                return adj.endsWith("s") ? adj : adj + "s";
            case "w1":
            case "w2":
            case "w3":
                return pick(lang.equals("de") ? topic.de() : topic.es());
            default:
                break;
        }
        if (lang.equals("en")) {
            String[] noun = topic.en()[rnd.nextInt(topic.en().length)];
            return slot.startsWith("nouns") ? noun[1] : noun[0];
        }
        String[] noun = topic.fr()[rnd.nextInt(topic.fr().length)];
        String sing = noun[0];
        String plural = noun[1];
        boolean fem = noun[2].equals("f");
        boolean vowel = "aeiouhéèêâîôœ".indexOf(sing.charAt(0)) >= 0;
        return switch (slot.replaceAll("\\d", "")) {
            case "le_noun" -> (vowel ? "l’" : fem ? "la " : "le ") + sing;
            case "du_noun" -> (vowel ? "de l’" : fem ? "de la " : "du ") + sing;
            case "les_nouns" -> "les " + plural;
            case "des_nouns" -> "des " + plural;
            case "des_nouns_du" -> "des " + plural;
            case "nouns" -> plural;
            default -> sing;
        };
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }
}
