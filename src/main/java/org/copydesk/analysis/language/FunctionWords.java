package org.copydesk.analysis.language;

import java.util.HashMap;
import java.util.Map;

/**
 * Short, frequent words (articles, pronouns, prepositions, conjunctions, auxiliaries) per language: strong evidence
 * where a word belongs to few languages, and neutral where it belongs to several ("de", "a", "in").
 */
public final class FunctionWords {
    private static final String[] LISTS = {
        // en
        "the a an and or but of to in on at by for from with without into onto about over under after before between "
            + "through during against among within this that these those there here is are was were be been being has "
            + "have had having do does did doing will would shall should can could may might must not no nor it its "
            + "it's he she they them their theirs his her hers him we us our you your i my me mine who whom whose which "
            + "what when where why how than then so if while because although though also only just even still very "
            + "more most much many some any each every both either neither other such own same all few new off out up "
            + "down again further once yet since until unless whether as one two three four five six seven eight nine "
            + "ten first last said says told according would've isn't wasn't don't doesn't didn't won't can't "
            + "couldn't shouldn't wouldn't aren't weren't hasn't haven't hadn't i'm i've i'll i'd you're we're they're "
            + "he's she's that's there's what's let's year years people time week day today tuesday monday wednesday "
            + "thursday friday saturday sunday january february march april june july august september october november "
            + "december government minister official officials president country countries city mayor would",
        // fr
        "à an le la les l un une dit week-end des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces "
            + "c ça cela ceci celui celle ceux celles il ils elle elles on nous vous je j tu me m te t se s lui leur "
            + "leurs son sa ses mon ma mes ton ta tes notre nos votre vos y en dans sur sous avec sans pour par chez "
            + "vers entre contre depuis pendant avant après selon malgré parmi est sont était étaient été être avoir "
            + "ont avait avaient a ai as avons avez sera seront serait aura auront aurait fait faire font va vont peut peuvent doit doivent ne pas plus "
            + "moins très aussi encore déjà toujours jamais rien tout tous toute toutes autre autres même si comme "
            + "quand lorsque puisque parce alors ainsi donc aujourd'hui hier demain lundi mardi mercredi jeudi "
            + "vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre "
            + "décembre deux trois quatre cinq six sept huit neuf dix premier première dernier dernière cette "
            + "été ans année années selon afin lors près loin là ici oui non où déclaré a-t-il a-t-elle "
            + "estime affirme indique ajoute explique souligne gouvernement ministre président pays ville maire",
        // de
        "der die das den dem des ein eine einer einen einem eines und oder aber doch denn sondern nicht kein keine "
            + "keinen keiner ist sind war waren sein hat haben hatte hatten wird werden wurde wurden würde kann können "
            + "konnte muss müssen soll sollen will wollen darf ich du er sie es wir ihr mich dich sich uns euch mir "
            + "dir ihm ihn ihnen ihre ihr sein seine seiner unser unsere mit von zu zum zur bei nach aus auf für über "
            + "unter vor hinter neben zwischen durch gegen ohne um seit bis im am ins vom beim auch noch schon nur "
            + "sehr wie wenn als dass daß ob weil damit dann so hier dort heute gestern morgen jetzt immer wieder "
            + "mehr viel viele alle allem allen jeder jede jedes diese dieser dieses diesem diesen man was wer wo "
            + "warum ja nein sagte erklärte montag dienstag mittwoch donnerstag freitag samstag sonntag zwei drei "
            + "vier fünf sechs sieben acht neun zehn jahr jahre regierung minister",
        // es
        "el la los las un una unos unas lo y e o u pero sino ni que qué quien quién cual cuál cuyo de del al a en "
            + "con sin por para sobre entre hasta desde hacia contra según durante ante bajo tras es son era eran fue "
            + "fueron ser estar está están estaba ha han había habían hay haber sido tiene tienen tenía puede pueden "
            + "se su sus le les me te nos os mi mis tu tus nuestro nuestra este esta estos estas ese esa esos esas "
            + "aquel eso esto ello él ella ellos ellas yo usted ustedes no sí muy más menos también ya aún todavía "
            + "siempre nunca todo toda todos todas otro otra otros otras mismo como cuando donde dónde porque aunque "
            + "si pues así entonces hoy ayer mañana lunes martes miércoles jueves viernes sábado domingo enero "
            + "febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre dos tres cuatro "
            + "cinco seis siete ocho nueve diez año años dijo gobierno ministro presidente país ciudad alcalde",
        // it
        "il lo la i gli le un uno una di del dello della dei degli delle da dal dallo dalla dai dagli dalle in nel "
            + "nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra a al allo alla ai agli "
            + "alle e ed o ma però che chi cui non è sono era erano stato stata essere ha hanno aveva avevano avere "
            + "sarà può possono deve devono si ci vi ne mi ti lui lei loro noi voi io tu suo sua suoi sue mio mia "
            + "nostro nostra questo questa questi queste quello quella quelli quelle anche ancora già sempre mai più "
            + "meno molto tutto tutti tutte altro altri altre come quando dove perché se così poi oggi ieri domani "
            + "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno "
            + "luglio agosto settembre ottobre novembre dicembre due tre quattro cinque sei sette otto nove dieci "
            + "anno anni detto governo ministro presidente paese città sindaco dell all nell dall sull un'",
        // pt
        "o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas com sem "
            + "para sobre entre até desde contra segundo durante e ou mas nem que quem qual cujo não sim é são era "
            + "eram foi foram ser estar está estão estava tem têm tinha há haver sido pode podem deve devem se seu sua "
            + "seus suas lhe lhes me te nos vos meu minha nosso nossa este esta estes estas esse essa esses essas "
            + "aquele aquela isso isto ele ela eles elas eu você vocês muito mais menos também já ainda sempre nunca "
            + "todo toda todos todas outro outra outros outras mesmo como quando onde porque embora se pois assim "
            + "então hoje ontem amanhã segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril "
            + "maio junho julho agosto setembro outubro novembro dezembro dois duas três quatro cinco seis sete oito "
            + "nove dez ano anos disse governo ministro presidente país cidade prefeito não",
        // nl
        "de het een en of maar want dus dat die dit deze wie wat welk welke waar wanneer waarom hoe van in op aan "
            + "met voor door bij naar uit over onder tussen tegen zonder om tot sinds na tijdens volgens is zijn was "
            + "waren ben bent wordt worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon "
            + "moet moeten mag mogen wil willen niet geen ook nog al alleen wel heel zeer meer veel alle ieder elk "
            + "ik jij je hij zij ze wij we jullie u hem haar hun mij mijn jouw uw ons onze zich er hier daar nu "
            + "vandaag gisteren morgen altijd nooit weer als dan toen omdat hoewel zodat of zei maandag dinsdag "
            + "woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober "
            + "twee drie vier vijf zes zeven acht negen tien jaar regering minister burgemeester stad",
    };

    private static final Map<String, boolean[]> WORDS = new HashMap<>();

    static {
        for (int l = 0; l < LISTS.length; l++) {
            for (String w : LISTS[l].split("\\s+")) {
                WORDS.computeIfAbsent(w, k -> new boolean[Languages.COUNT])[l] = true;
            }
        }
    }

    /**
     * Per language, the words that lean on the words after them (articles, prepositions, clitic pronouns,
     * conjunctions): where copy switches language around one of them, it belongs with what follows ("… that a partir
     * del lunes", "… published ce week-end").
     */
    private static final String[] LEADING = {
        "a an the of to in on at for with from by and that",
        "le la les l un une des du de d à au aux en et que qu se ce cet cette sur pour par dans avec",
        "der die das den dem des ein eine einen einem einer zu zum zur von vom mit für auf und dass im",
        "el la los las un una unos unas de del a al en y que se con por para su sus",
        "il lo la i gli le un una uno di del della dei degli delle a al alla da in nel nella e che si per con",
        "o a os as um uma de do da dos das em no na nos nas e que se com por para ao",
        "de het een van in op met voor aan en dat te bij",
    };

    private static final Map<String, Integer> LEADING_MASKS = new HashMap<>();

    static {
        for (int l = 0; l < LEADING.length; l++) {
            for (String w : LEADING[l].split("\\s+")) {
                LEADING_MASKS.merge(w, 1 << l, (a, b) -> a | b);
            }
        }
    }

    private FunctionWords() {
    }

    /** For a lower-case word, a bit mask of the languages ({@code 1 << index}) in which it leans on the words after it. */
    public static int leadingMask(String lowerWord) {
        Integer m = LEADING_MASKS.get(lowerWord);
        return m == null ? 0 : m;
    }

    /** For a lower-case word (apostrophes as '), which languages list it; null when none does. */
    public static boolean[] languagesOf(String lowerWord) {
        return WORDS.get(lowerWord);
    }
}
