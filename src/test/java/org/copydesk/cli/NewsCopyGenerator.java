package org.copydesk.cli;

import java.util.Locale;
import java.util.Random;
import org.copydesk.model.Words;

/**
 * Builds a long news text with a realistic vocabulary: varied sentences in all seven languages (a paragraph in one
 * language, now and then a phrase of another inside it), nouns, adjectives and verbs inflected by each language's
 * regular rules, German and Dutch compounds, and generated names of people and places — thousands of distinct word
 * forms, as real copy has, rather than a few hundred repeated ones. Deterministic for a seed. Records the language of
 * every character ('*' for names and numbers), in the form {@link MixedCopyGenerator#scoredWords} reads.
 */
final class NewsCopyGenerator {
    /** Per-character language letters: e f d s i p n, in {@code Languages} order. */
    static final String LETTERS = "efdsipn";

    private record Vocabulary(String[] dets, String[] nouns, String[] adjectives, String[] verbs, String[] preps,
                              String[] times, String[] compoundHeads) {
    }

    private static String[] w(String s) {
        return s.split(" ");
    }

    private static final Vocabulary[] VOCAB = {
        new Vocabulary(w("the a this another every"),
            w("council budget school hospital railway harbour tax reform union village farmer market bridge tunnel "
                + "bank court museum library teacher nurse police station election vote report inquiry contract "
                + "festival company factory airport river street district region border treaty pension rent tenant"),
            w("new old local regional national public private rural urban small large recent former costly "
                + "controversial modest ambitious delayed disputed popular"),
            w("approve reject confirm criticise welcome postpone question defend present review promise oppose support "
                + "expand reduce finance announce delay protect restore inspect replace visit launch demand"),
            w("in on for with after before against near under"),
            "yesterday|on Monday|last week|this morning|late on Friday|earlier this month|after a long debate".split("\\|"),
            new String[0]),
        new Vocabulary(w("le la les un une ce cette"),
            w("conseil budget école hôpital chemin port impôt réforme syndicat village agriculteur marché pont tunnel "
                + "banque tribunal musée bibliothèque enseignant infirmière commissariat élection scrutin rapport "
                + "enquête contrat festival entreprise usine aéroport fleuve quartier région frontière retraite loyer"),
            w("nouveau récent local régional national public privé rural urbain petit grand ancien coûteux "
                + "contesté modeste ambitieux retardé populaire prudent discret"),
            w("approuv rejet confirm critiqu salu report question défend présent examin protég financ annonc "
                + "retard restaur inspect remplac visit lanc demand organis propos accept signal prolong"),
            w("dans sur pour avec après avant contre près sous"),
            "hier|lundi matin|la semaine dernière|ce matin|vendredi soir|plus tôt ce mois-ci|après un long débat".split("\\|"),
            new String[0]),
        new Vocabulary(w("der die das ein eine dieser jede"),
            w("Stadt Land Schul Kranken Bahn Hafen Steuer Bau Gewerkschaft Dorf Bauern Markt Brücken Tunnel Bank "
                + "Gericht Museum Bibliothek Lehrer Pflege Polizei Wahl Bericht Vertrag Firmen Flughafen Fluss Grenz "
                + "Renten Miet Wasser Energie Verkehrs Wohnungs"),
            w("neu alt lokal regional national öffentlich privat ländlich städtisch klein groß früher teuer umstritten "
                + "bescheiden ehrgeizig verspätet beliebt vorsichtig"),
            w("genehmig kritisier begrüß verschieb verteidig präsentier prüf versprech unterstütz erweiter reduzier "
                + "finanzier kündig verzöger schütz erneuer besuch forder plan bau eröffn beschließ verlänger meld"),
            w("in auf für mit nach vor gegen bei unter"),
            "gestern|am Montag|letzte Woche|heute Morgen|am späten Freitag|Anfang des Monats|nach langer Debatte".split("\\|"),
            w("rat amt haus plan gesetz projekt verband netz behörde ausschuss programm zentrum verwaltung kommission "
                + "vertrag anlage budget reform streit linie")),
        new Vocabulary(w("el la los las un una este esta"),
            w("consejo presupuesto escuela hospital ferrocarril puerto impuesto reforma sindicato pueblo agricultor "
                + "mercado puente túnel banco tribunal museo biblioteca maestro enfermera comisaría elección votación "
                + "informe contrato festival empresa fábrica aeropuerto río barrio región frontera pensión alquiler"),
            w("nuev antigu local regional nacional públic privad rural urban pequeñ grande recient costos "
                + "polémic modest ambicios retrasad popular prudent discret"),
            w("aprob rechaz confirm critic celebr aplaz cuestion defend present revis prometi opon apoy ampli reduc "
                + "financi anunci retras proteg restaur inspeccion reemplaz visit lanz exig organiz"),
            w("en sobre para con tras ante contra cerca bajo"),
            "ayer|el lunes|la semana pasada|esta mañana|el viernes por la noche|a principios de mes|tras un largo debate".split("\\|"),
            new String[0]),
        new Vocabulary(w("il la gli le un una questo questa"),
            w("consiglio bilancio scuola ospedale ferrovia porto tassa riforma sindacato paese agricoltore mercato "
                + "ponte tunnel banca tribunale museo biblioteca insegnante infermiera questura elezione voto rapporto "
                + "inchiesta contratto festival azienda fabbrica aeroporto fiume quartiere regione confine pensione affitto"),
            w("nuov vecchi local regional nazional pubblic privat rural urban piccol grand recent costos contestat "
                + "modest ambizios ritardat popolar prudent discret"),
            w("approv rifiut conferm critic accolt rinvi contest difend present esamin promett oppon sosten ampli "
                + "ridu finanzi annunci ritard proteg restaur ispezion sostitu visit lanci chied organizz"),
            w("in su per con dopo prima contro presso sotto"),
            "ieri|lunedì mattina|la settimana scorsa|stamattina|venerdì sera|all’inizio del mese|dopo un lungo dibattito".split("\\|"),
            new String[0]),
        new Vocabulary(w("o a os as um uma este esta"),
            w("conselho orçamento escola hospital ferrovia porto imposto reforma sindicato aldeia agricultor mercado "
                + "ponte túnel banco tribunal museu biblioteca professor enfermeira esquadra eleição votação relatório "
                + "inquérito contrato festival empresa fábrica aeroporto rio bairro região fronteira pensão renda"),
            w("nov antig local regional nacional públic privad rural urban pequen grande recent caro polémic "
                + "modest ambicios atrasad popular prudent discret"),
            w("aprov rejeit confirm critic celebr adi question defend apresent revis promet opon apoi ampli reduz "
                + "financi anunci atras proteg restaur inspecion substitu visit lanç exig organiz"),
            w("em sobre para com após antes contra perto sob"),
            "ontem|na segunda-feira|na semana passada|esta manhã|na sexta-feira à noite|no início do mês|após um longo debate".split("\\|"),
            new String[0]),
        new Vocabulary(w("de het een deze elke"),
            w("gemeente begrotings school ziekenhuis spoor haven belasting hervormings vakbond dorp boeren markt brug "
                + "tunnel bank rechtbank museum bibliotheek leraren zorg politie verkiezings rapport contract festival "
                + "bedrijfs fabrieks luchthaven rivier wijk regio grens pensioen huur water energie verkeers woning"),
            w("nieuw oud lokaal regionaal nationaal openbaar particulier landelijk stedelijk klein groot voormalig duur "
                + "omstreden bescheiden ambitieus vertraagd populair voorzichtig"),
            w("keur verwerp bevestig bekritiseer verwelkom verdedig presenteer onderzoek beloof steun breid vermin "
                + "financier kondig vertraag bescherm herstel inspecteer vervang bezoek lanceer eis organiseer plan bouw"),
            w("in op voor met na tegen bij onder naast"),
            "gisteren|maandag|vorige week|vanochtend|vrijdagavond|eerder deze maand|na een lang debat".split("\\|"),
            w("raad plan wet project bond net dienst commissie programma centrum bestuur akkoord fonds lijn regeling")),
    };

    private static final String[] SAID = {"said", "a déclaré", "sagte", "dijo", "ha detto", "disse", "zei"};

    private static final String[] SYLLABLES = w("ber lin wal den ro sa ma ri ko va nel tor gan bur ste fa lo mi "
        + "dor han ta ve li na quin bra zel mon pa che ru sol ven ka dri mar tes gor fi al bel cor dan el "
        + "fen gil hol is jan kel lund mor nor ost pel rei sig tul ul vik wen yar zim");

    private final Random random;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder langs = new StringBuilder();
    private int wordCount;

    private NewsCopyGenerator(long seed) {
        random = new Random(seed);
    }

    static MixedCopyGenerator.Article generate(int words, long seed) {
        NewsCopyGenerator g = new NewsCopyGenerator(seed);
        g.build(words);
        return new MixedCopyGenerator.Article(g.text.toString(), g.langs.toString().toCharArray());
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private void add(String s, char lang) {
        wordCount += Words.count(s);
        text.append(s);
        for (int i = 0; i < s.length(); i++) {
            langs.append(lang);
        }
    }

    private void build(int words) {
        while (wordCount < words) {
            int lang = random.nextInt(7);
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    add(" ", '*');
                }
                sentence(lang);
            }
            add("\n\n", '*');
        }
    }

    private void sentence(int l) {
        char c = LETTERS.charAt(l);
        Vocabulary v = VOCAB[l];
        add(capitalise(pick(v.dets()) + " " + adjective(l) + " " + noun(l)) + " " + verb(l) + " " + pick(v.dets()) + " "
                + noun(l), c);
        if (random.nextInt(4) == 0) {
            // a phrase of another language left inside the sentence
            int o = (l + 1 + random.nextInt(6)) % 7;
            add(" ", '*');
            add(pick(VOCAB[o].preps()) + " " + pick(VOCAB[o].dets()) + " " + adjective(o) + " " + noun(o), LETTERS.charAt(o));
        }
        add(" " + pick(v.preps()) + " ", c);
        add(name(), '*');
        add(" " + pick(v.times()), c);
        if (random.nextInt(3) == 0) {
            add(", ", '*');
            add(String.valueOf(2 + random.nextInt(400)), '*');
            add(" " + noun(l), c);
        } else if (random.nextInt(4) > 0) {
            add(", ", '*');
            add(SAID[l], c);
            add(" " + name() + " " + name(), '*');
        }
        add(".", '*');
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private String name() {
        StringBuilder sb = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            sb.append(pick(SYLLABLES));
        }
        return capitalise(sb.toString());
    }

    private String noun(int l) {
        Vocabulary v = VOCAB[l];
        String n = pick(v.nouns());
        boolean plural = random.nextBoolean();
        return switch (l) {
            case 2 -> n + pick(v.compoundHeads()) + (plural ? "en" : "");
            case 6 -> n + pick(v.compoundHeads()) + (plural ? "en" : "");
            case 4 -> plural ? (n.endsWith("io") ? n.substring(0, n.length() - 1) : n.endsWith("o") || n.endsWith("e") ? n.substring(0, n.length() - 1) + "i"
                    : n.endsWith("a") ? n.substring(0, n.length() - 1) + "e" : n) : n;
            case 3 -> plural ? (n.endsWith("ión") ? n.substring(0, n.length() - 3) + "iones"
                    : n.matches(".*[aeiouáéó]") ? n + "s" : n + "es") : n;
            case 5 -> plural ? (n.endsWith("ão") ? n.substring(0, n.length() - 2) + "ões" : n.endsWith("l")
                    ? n.substring(0, n.length() - 1) + "is" : n + "s") : n;
            default -> plural ? n + "s" : n;
        };
    }

    private String adjective(int l) {
        String a = pick(VOCAB[l].adjectives());
        return switch (l) {
            case 1 -> a + pick(new String[] {"", "e", "s", "es"});
            case 2 -> a + pick(new String[] {"e", "en", "er", "es"});
            case 3, 5 -> a.matches(".*[aeiouln]") && !a.endsWith("n") ? a : a + pick(new String[] {"o", "a", "os", "as"});
            case 4 -> a + pick(new String[] {"o", "a", "i", "e"});
            case 6 -> a + pick(new String[] {"", "e"});
            default -> a;
        };
    }

    private static final String[][] ENDINGS = {
        {"", "s", "ed", "ing"},
        {"e", "es", "ons", "ez", "ent", "é", "ée", "és", "ait", "aient", "era", "eront", "ant"},
        {"e", "st", "t", "en", "te", "ten", "t"},
        {"o", "as", "a", "amos", "an", "ó", "aron", "aba", "aban", "ará", "arán", "ado", "ada", "ando"},
        {"o", "i", "a", "iamo", "ano", "ò", "arono", "ava", "avano", "erà", "eranno", "ato", "ata", "ando"},
        {"o", "as", "a", "amos", "am", "ou", "aram", "ava", "avam", "ará", "arão", "ado", "ada", "ando"},
        {"t", "en", "de", "den", "te", "ten"},
    };

    private String verb(int l) {
        String stem = pick(VOCAB[l].verbs());
        if (l == 0 && stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1) + (random.nextBoolean() ? "e" : "");
        }
        return stem + pick(ENDINGS[l]);
    }
}
