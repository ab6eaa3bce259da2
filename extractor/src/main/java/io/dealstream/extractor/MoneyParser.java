package io.dealstream.extractor;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import io.dealstream.model.Money;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in tokenised text and normalises them to a value in units plus an ISO
 * 4217 currency: "$50B", "$1.2 billion", "50 bn dollars", "USD 300 million", "€2.5bn", "£5M",
 * "120 mln dlrs", "1.5 mln stg", "Rs 1,200 crore", "$150M-$200M" (a range), "300 bln yen".
 *
 * <p>It works on CoreNLP's tokens rather than on CoreNLP's MONEY normalisation, which misreads
 * several of these forms. Qualifiers ("up to", "more than", "about") are kept as a label beside
 * the number; prices per share and rates ("a month", "a barrel") are flagged so that callers do
 * not read them as deal amounts.
 */
public final class MoneyParser {

    /** One amount of money in a token list: tokens {@code [start, end)}. */
    public record MoneySpan(int start, int end, Money money, String qualifier, boolean perShare, boolean rate) {
        /** An amount that can be a deal's total: not a price per share, not a rate, not a few units of money. */
        public boolean isLumpSum() {
            return !perShare && !rate && money.value() >= MIN_LUMP_SUM && (qualifier == null || !NOT_THE_DEAL.contains(qualifier));
        }

        public boolean isRange() {
            return money.valueHigh() != null;
        }
    }

    /** Qualifiers of amounts that are no deal's size: an earlier size ("upsized from $85M"), an option's. */
    static final Set<String> NOT_THE_DEAL = Set.of("prior_size", "option");
    /** Smaller amounts ("12.125 dlrs") are prices of one share or one unit, not deals. */
    static final double MIN_LUMP_SUM = 1000;
    private static final Map<String, String> PREFIX_CURRENCY = new HashMap<>();
    private static final Map<String, String> SUFFIX_CURRENCY = new HashMap<>();
    private static final Map<String, String> DOLLAR_ADJECTIVES = new HashMap<>();
    private static final Map<String, String> FRANC_ADJECTIVES = Map.of(
            "swiss", "CHF", "french", "FRF", "belgian", "BEF", "luxembourg", "LUF");
    private static final Map<String, String> CROWN_ADJECTIVES = Map.of(
            "swedish", "SEK", "danish", "DKK", "norwegian", "NOK", "czech", "CZK", "icelandic", "ISK");
    private static final Map<String, Double> SCALES = new HashMap<>();
    private static final Map<String, Double> NUMBER_WORDS = new HashMap<>();
    private static final Map<String, String> QUALIFIERS_1 = new HashMap<>();
    private static final Map<String, String> QUALIFIERS_2 = new HashMap<>();
    private static final Set<String> ISO_CODES = Set.of("usd", "eur", "gbp", "jpy", "cny", "inr", "chf", "cad", "aud",
            "hkd", "sgd", "sek", "nok", "dkk", "krw", "zar", "brl", "rmb");
    /** Currency prefixes written with letters that are not ISO codes, so not in capitals. */
    private static final Set<String> LETTER_SYMBOLS = Set.of("Rs", "Rs.", "Rp", "Rp.", "Dh", "Dhs", "Sfr", "Cdn$");
    private static final Set<String> SHARE_UNITS = Set.of("share", "shares", "unit", "ads", "adr", "stock", "common");
    private static final Set<String> RATE_UNITS = Set.of("month", "year", "annum", "week", "day", "hour",
            "barrel", "ton", "tonne", "ounce", "oz", "acre", "square", "foot", "head", "user", "subscriber",
            "employee", "person", "seat", "license", "kilowatt", "megawatt", "mwh", "kwh", "gallon", "pound",
            "quarter", "vehicle", "car", "mile", "customer", "member", "order", "transaction");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern GLUED_CODE =
            Pattern.compile("([A-Z]{3})(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(k|m|mn|mln|bn|b|bln|tn)?");
    private static final Pattern NUMBER_WITH_SCALE =
            Pattern.compile("(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(k|K|m|M|mn|mln|bn|b|B|bln|tn|tln|trn|cr|crore|mil|mm|MM)");

    static {
        String[][] prefixes = {
                {"$", "USD"}, {"us$", "USD"}, {"u.s.$", "USD"}, {"usd", "USD"}, {"c$", "CAD"}, {"ca$", "CAD"},
                {"cdn$", "CAD"}, {"can$", "CAD"}, {"cad", "CAD"}, {"a$", "AUD"}, {"au$", "AUD"}, {"aud", "AUD"},
                {"hk$", "HKD"}, {"hkd", "HKD"}, {"s$", "SGD"}, {"sgd", "SGD"}, {"nz$", "NZD"}, {"nzd", "NZD"},
                {"r$", "BRL"}, {"brl", "BRL"}, {"nt$", "TWD"}, {"twd", "TWD"}, {"mx$", "MXN"}, {"mxn", "MXN"},
                {"€", "EUR"}, {"eur", "EUR"}, {"£", "GBP"}, {"gbp", "GBP"}, {"¥", "JPY"}, {"jpy", "JPY"},
                {"₹", "INR"}, {"rs", "INR"}, {"rs.", "INR"}, {"inr", "INR"}, {"cny", "CNY"}, {"rmb", "CNY"},
                {"chf", "CHF"}, {"sek", "SEK"}, {"nok", "NOK"}, {"dkk", "DKK"}, {"krw", "KRW"}, {"₩", "KRW"},
                {"zar", "ZAR"}, {"aed", "AED"}, {"sar", "SAR"}, {"ils", "ILS"}, {"nis", "ILS"}, {"₪", "ILS"},
                {"idr", "IDR"}, {"rp", "IDR"}, {"rp.", "IDR"}, {"php", "PHP"}, {"₱", "PHP"}, {"rm", "MYR"},
                {"myr", "MYR"}, {"thb", "THB"}, {"vnd", "VND"}, {"ngn", "NGN"}, {"₦", "NGN"}, {"kes", "KES"},
                {"try", "TRY"}, {"pln", "PLN"}, {"czk", "CZK"}, {"huf", "HUF"}, {"rub", "RUB"}, {"₽", "RUB"},
                {"egp", "EGP"}, {"pkr", "PKR"}, {"bdt", "BDT"}, {"qar", "QAR"}, {"kwd", "KWD"}, {"clp", "CLP"},
                {"cop", "COP"}, {"ars", "ARS"}, {"pen", "PEN"}, {"dh", "AED"}, {"dhs", "AED"}, {"sfr", "CHF"},
                {"dm", "DEM"}, {"ffr", "FRF"}, {"₺", "TRY"}, {"₫", "VND"}, {"฿", "THB"}, {"₴", "UAH"}};
        for (String[] p : prefixes) {
            PREFIX_CURRENCY.put(p[0], p[1]);
        }
        String[][] suffixes = {
                {"dollars", "USD"}, {"dollar", "USD"}, {"dlrs", "USD"}, {"dlr", "USD"}, {"usd", "USD"},
                {"euros", "EUR"}, {"euro", "EUR"}, {"eur", "EUR"}, {"pounds", "GBP"}, {"sterling", "GBP"},
                {"stg", "GBP"}, {"gbp", "GBP"}, {"yen", "JPY"}, {"jpy", "JPY"}, {"yuan", "CNY"},
                {"renminbi", "CNY"}, {"rmb", "CNY"}, {"cny", "CNY"}, {"rupees", "INR"}, {"rupee", "INR"},
                {"inr", "INR"}, {"francs", "CHF"}, {"franc", "CHF"}, {"chf", "CHF"}, {"marks", "DEM"},
                {"deutschemarks", "DEM"}, {"guilders", "NLG"}, {"guilder", "NLG"}, {"lire", "ITL"},
                {"pesetas", "ESP"}, {"crowns", "SEK"}, {"kronor", "SEK"}, {"kronas", "SEK"}, {"krona", "SEK"},
                {"kroner", "DKK"}, {"won", "KRW"}, {"rand", "ZAR"}, {"reais", "BRL"}, {"ringgit", "MYR"},
                {"baht", "THB"}, {"pesos", "MXN"}, {"rupiah", "IDR"}, {"dirhams", "AED"}, {"riyals", "SAR"},
                {"shekels", "ILS"}, {"naira", "NGN"}, {"schillings", "ATS"}, {"escudos", "PTE"},
                {"drachmas", "GRD"}, {"cad", "CAD"}, {"aud", "AUD"}, {"hkd", "HKD"}, {"sgd", "SGD"},
                {"sek", "SEK"}, {"nok", "NOK"}, {"dkk", "DKK"}, {"krw", "KRW"}, {"zar", "ZAR"}, {"brl", "BRL"}};
        for (String[] s : suffixes) {
            SUFFIX_CURRENCY.put(s[0], s[1]);
        }
        String[][] dollarAdjectives = {
                {"u.s.", "USD"}, {"us", "USD"}, {"american", "USD"}, {"canadian", "CAD"}, {"australian", "AUD"},
                {"hong kong", "HKD"}, {"kong", "HKD"}, {"hk", "HKD"}, {"singapore", "SGD"}, {"singaporean", "SGD"},
                {"new zealand", "NZD"}, {"zealand", "NZD"}, {"taiwan", "TWD"}, {"taiwanese", "TWD"},
                {"brazilian", "BRL"}, {"mexican", "MXN"}};
        for (String[] d : dollarAdjectives) {
            DOLLAR_ADJECTIVES.put(d[0], d[1]);
        }
        for (String k : new String[] {"thousand", "k"}) {
            SCALES.put(k, 1e3);
        }
        for (String m : new String[] {"million", "millions", "mln", "mn", "m", "mil", "mio", "mm"}) {
            SCALES.put(m, 1e6);
        }
        for (String b : new String[] {"billion", "billions", "bln", "bn", "b", "bil", "mrd"}) {
            SCALES.put(b, 1e9);
        }
        for (String t : new String[] {"trillion", "trillions", "tln", "tn", "trn"}) {
            SCALES.put(t, 1e12);
        }
        for (String c : new String[] {"crore", "crores", "cr", "cr."}) {
            SCALES.put(c, 1e7);
        }
        for (String l : new String[] {"lakh", "lakhs", "lac", "lacs"}) {
            SCALES.put(l, 1e5);
        }
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            NUMBER_WORDS.put(small[i], (double) i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], 20.0 + 10 * i);
        }
        NUMBER_WORDS.put("hundred", 100.0);
        NUMBER_WORDS.put("a", 1.0);
        NUMBER_WORDS.put("an", 1.0);
        NUMBER_WORDS.put("half", 0.5);
        NUMBER_WORDS.put("dozen", 12.0);
        String[][] q1 = {{"about", "about"}, {"approximately", "about"}, {"approx.", "about"}, {"around", "about"},
                {"roughly", "about"}, {"some", "about"}, {"~", "about"}, {"circa", "about"}, {"nearly", "about"},
                {"almost", "about"}, {"over", "more_than"}, {"above", "more_than"}, {"under", "less_than"},
                {"below", "less_than"}, {"estimated", "about"}};
        for (String[] q : q1) {
            QUALIFIERS_1.put(q[0], q[1]);
        }
        String[][] q2 = {{"up to", "up_to"}, {"more than", "more_than"}, {"less than", "less_than"},
                {"fewer than", "less_than"}, {"at least", "more_than"}, {"as much as", "up_to"},
                {"close to", "about"}, {"in excess", "more_than"}, {"upwards of", "more_than"},
                {"just over", "more_than"}, {"just under", "less_than"}};
        for (String[] q : q2) {
            QUALIFIERS_2.put(q[0], q[1]);
        }
    }

    private MoneyParser() {
    }

    /** Every amount of money in {@code words} (CoreNLP token words), left to right, not overlapping. */
    public static List<MoneySpan> find(List<String> words) {
        List<MoneySpan> spans = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            MoneySpan span = moneyAt(words, i);
            if (span == null) {
                i++;
                continue;
            }
            span = extendRange(words, span);
            span = withQualifierAndFlags(words, span);
            spans.add(span);
            i = Math.max(span.end(), i + 1);
        }
        return spans;
    }

    /** Tokenises {@code text} as the extractor does and finds its amounts: for tests and tools. */
    public static List<MoneySpan> find(String text) {
        return find(tokenize(text));
    }

    /** The first amount in {@code text}, or null. */
    public static Money parse(String text) {
        List<MoneySpan> spans = find(text);
        return spans.isEmpty() ? null : spans.get(0).money();
    }

    static List<String> tokenize(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                NlpPipeline.TOKENIZE_OPTIONS);
        List<String> words = new ArrayList<>();
        while (tokenizer.hasNext()) {
            words.add(tokenizer.next().word());
        }
        return words;
    }

    // --- one amount starting at token i -------------------------------------------------------

    /** An amount whose first token is {@code i} (a currency prefix or a number), or null. */
    private static MoneySpan moneyAt(List<String> words, int i) {
        String word = words.get(i);
        String w = lower(word);
        String prefixCurrency = prefixCurrency(word);
        int numberAt = i + 1;
        if (prefixCurrency == null && (w.equals("us") || w.equals("u.s.")) && i + 1 < words.size()
                && words.get(i + 1).equals("$")) {
            prefixCurrency = "USD";
            numberAt = i + 2;
        }
        MoneySpan glued = gluedCodeAmount(words, i);
        if (glued != null) {
            return glued;
        }
        if (prefixCurrency != null) {
            Amount amount = amountAt(words, numberAt);
            if (amount == null || amount.fromWordOnly && !amount.scaled) {
                return null;
            }
            int end = amount.end;
            // "$ 5 million dollars": swallow a redundant currency word
            if (end < words.size() && isDollarWord(words.get(end)) && prefixCurrency.equals("USD")) {
                end++;
            }
            return new MoneySpan(i, end, new Money(amount.value, null, prefixCurrency), null, false, false);
        }
        Amount amount = amountAt(words, i);
        if (amount == null || amount.fromWordOnly && !amount.scaled) {
            return null;
        }
        CurrencyAfter after = currencyAfter(words, amount.end, amount.scaled);
        if (after != null) {
            return new MoneySpan(i, after.end, new Money(amount.value, null, after.currency), null, false, false);
        }
        // "300 mln to 500 mln dlrs": the currency comes after the high end of a range
        if (amount.end + 1 < words.size() && isRangeLink(lower(words.get(amount.end)))) {
            Amount high = amountAt(words, amount.end + 1);
            if (high != null && high.value > amount.value) {
                CurrencyAfter highAfter = currencyAfter(words, high.end, high.scaled);
                if (highAfter != null) {
                    double low = amount.scaled ? amount.value : amount.value * scaleOf(words, amount.end + 1, high);
                    return new MoneySpan(i, highAfter.end, new Money(low, high.value, highAfter.currency),
                            null, false, false);
                }
            }
        }
        return null;
    }

    /** "EUR469mn", "USD5m", "GBP1.2bn": an ISO code written onto its number, as one token. */
    private static MoneySpan gluedCodeAmount(List<String> words, int i) {
        Matcher m = GLUED_CODE.matcher(words.get(i));
        if (!m.matches() || !ISO_CODES.contains(lower(m.group(1)))) {
            return null;
        }
        String currency = PREFIX_CURRENCY.get(lower(m.group(1)));
        double value = number(m.group(2));
        int end = i + 1;
        if (m.group(3) != null) {
            value *= SCALES.getOrDefault(lower(m.group(3)), 1.0);
        } else if (end < words.size() && SCALES.containsKey(lower(words.get(end)))) {
            value *= SCALES.get(lower(words.get(end)));
            end++;
        }
        return new MoneySpan(i, end, new Money(value, null, currency), null, false, false);
    }

    /** The currency of a prefix token ("$", "US$", "€", "Rs", "USD"); ISO codes only in capitals. */
    private static String prefixCurrency(String word) {
        String w = lower(word);
        String currency = PREFIX_CURRENCY.get(w);
        if (currency == null) {
            return null;
        }
        boolean allLetters = word.chars().allMatch(Character::isLetter) || w.endsWith(".");
        if (allLetters && !isUpperCase(word) && !LETTER_SYMBOLS.contains(word)) {
            return null; // "try", "pen", "rm" are words
        }
        return currency;
    }

    private static boolean isRangeLink(String lowerWord) {
        return lowerWord.equals("-") || lowerWord.equals("–") || lowerWord.equals("—") || lowerWord.equals("to");
    }

    private record Amount(double value, int end, boolean scaled, boolean fromWordOnly) {
    }

    /** A number at {@code i}, with its scale word(s): "1.2 billion", "50B", "1,200 crore", "two mln". */
    private static Amount amountAt(List<String> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        String w = words.get(i);
        double value;
        double scale = 1;
        boolean scaled = false;
        boolean wordOnly = false;
        int j = i + 1;
        Matcher withScale = NUMBER_WITH_SCALE.matcher(w);
        if (withScale.matches()) {
            value = number(withScale.group(1));
            scale = SCALES.getOrDefault(withScale.group(2).toLowerCase(Locale.ROOT), 1.0);
            if (withScale.group(2).equals("mm") || withScale.group(2).equals("MM")) {
                scale = 1e6;
            }
            scaled = true;
        } else if (NUMBER.matcher(w).matches()) {
            value = number(w);
        } else if (NUMBER_WORDS.containsKey(lower(w))) {
            value = NUMBER_WORDS.get(lower(w));
            wordOnly = true;
            // "half a billion", "one hundred million"
            if (j < words.size() && lower(words.get(j)).equals("a") && value == 0.5) {
                j++;
            }
            if (j < words.size() && lower(words.get(j)).equals("hundred") && value < 100) {
                value *= 100;
                j++;
            }
        } else {
            return null;
        }
        // footnote markers right after the number: "A$10[1] million"
        if (j + 2 < words.size() && (words.get(j).equals("[") || words.get(j).equals("-LSB-"))
                && NUMBER.matcher(words.get(j + 1)).matches()
                && (words.get(j + 2).equals("]") || words.get(j + 2).equals("-RSB-"))) {
            j += 3;
        }
        // "$81-billion deal": the scale joined to the number by a hyphen
        if (!scaled && j + 1 < words.size() && words.get(j).equals("-") && SCALES.containsKey(lower(words.get(j + 1)))
                && lower(words.get(j + 1)).length() > 3) {
            j++;
        }
        if (!scaled) {
            // scale words, possibly stacked: "1.2 billion", "4,184 cr", "one hundred million"
            while (j < words.size()) {
                String s = lower(words.get(j));
                Double sc = SCALES.get(s);
                if (sc == null) {
                    break;
                }
                if (sc == 1e3 && s.equals("k") && scale > 1) {
                    break;
                }
                scale *= sc;
                scaled = true;
                j++;
                if (scale >= 1e6) {
                    break;
                }
            }
        }
        return new Amount(value * scale, j, scaled, wordOnly);
    }

    private record CurrencyAfter(String currency, int end) {
    }

    /** A currency named after the amount: "dlrs", "U.S. dlrs", "Canadian dollars", "stg", "Swiss francs". */
    private static CurrencyAfter currencyAfter(List<String> words, int j, boolean scaled) {
        if (j >= words.size()) {
            return null;
        }
        String w = lower(words.get(j));
        String suffix = SUFFIX_CURRENCY.get(w);
        if (suffix != null) {
            if (ISO_CODES.contains(w) && !isUpperCase(words.get(j))) {
                return null; // "usd" in lower case is not how currencies are written; "yen", "stg" are
            }
            if ((w.equals("won") || w.equals("rand")) && !scaled) {
                return null; // "has won", "Rand": a verb and a name far more often than currencies
            }
            if (w.equals("pounds") && j + 1 < words.size() && lower(words.get(j + 1)).equals("of")) {
                return null; // "5 million pounds of coffee": weight
            }
            return new CurrencyAfter(suffix, j + 1);
        }
        // "<adjective> dollars|dlrs": U.S., Canadian, Australian, Hong Kong ...
        String one = DOLLAR_ADJECTIVES.get(w);
        String two = j + 1 < words.size() ? DOLLAR_ADJECTIVES.get(w + " " + lower(words.get(j + 1))) : null;
        if (two != null && j + 2 < words.size() && isDollarWord(words.get(j + 2))) {
            return new CurrencyAfter(two, j + 3);
        }
        if (one != null && j + 1 < words.size() && isDollarWord(words.get(j + 1))) {
            return new CurrencyAfter(one, j + 2);
        }
        if (FRANC_ADJECTIVES.containsKey(w) && j + 1 < words.size() && lower(words.get(j + 1)).startsWith("franc")) {
            return new CurrencyAfter(FRANC_ADJECTIVES.get(w), j + 2);
        }
        if (CROWN_ADJECTIVES.containsKey(w) && j + 1 < words.size()
                && (lower(words.get(j + 1)).startsWith("crown") || lower(words.get(j + 1)).startsWith("kron"))) {
            return new CurrencyAfter(CROWN_ADJECTIVES.get(w), j + 2);
        }
        if ((w.equals("deutsche") || w.equals("german")) && j + 1 < words.size()
                && lower(words.get(j + 1)).startsWith("mark")) {
            return new CurrencyAfter("DEM", j + 2);
        }
        if (w.equals("d-marks") || w.equals("dmarks")) {
            return new CurrencyAfter("DEM", j + 1);
        }
        if ((w.equals("dutch")) && j + 1 < words.size() && lower(words.get(j + 1)).startsWith("guilder")) {
            return new CurrencyAfter("NLG", j + 2);
        }
        if (w.equals("italian") && j + 1 < words.size() && lower(words.get(j + 1)).startsWith("lir")) {
            return new CurrencyAfter("ITL", j + 2);
        }
        if ((w.equals("chinese") || w.equals("japanese") || w.equals("indian") || w.equals("south"))
                && j + 1 < words.size()) {
            String next = lower(words.get(j + 1));
            if (w.equals("south") && j + 2 < words.size() && next.equals("african")
                    && lower(words.get(j + 2)).equals("rand")) {
                return new CurrencyAfter("ZAR", j + 3);
            }
            String c = SUFFIX_CURRENCY.get(next);
            if (c != null && !w.equals("south")) {
                return new CurrencyAfter(c, j + 2);
            }
        }
        return null;
    }

    private static boolean isDollarWord(String word) {
        String w = lower(word);
        return w.equals("dollars") || w.equals("dollar") || w.equals("dlrs") || w.equals("dlr");
    }

    // --- ranges, qualifiers, per-share ----------------------------------------------------------

    /** "$150M-$200M", "$150-200 million", "300 mln to 500 mln dlrs", "between $750 million and $1 billion". */
    private static MoneySpan extendRange(List<String> words, MoneySpan first) {
        int j = first.end();
        boolean between = first.start() > 0 && lower(words.get(first.start() - 1)).equals("between");
        boolean from = first.start() > 0 && lower(words.get(first.start() - 1)).equals("from");
        if (from || j >= words.size()) {
            return first;
        }
        String link = lower(words.get(j));
        boolean isLink = isRangeLink(link) || (between && link.equals("and"));
        if (!isLink) {
            // "$150-200 million": the first amount was read as plain $150, the hyphen glued to nothing
            return first;
        }
        int k = j + 1;
        if (k < words.size() && PREFIX_CURRENCY.containsKey(lower(words.get(k)))) {
            k++;
        }
        Amount high = amountAt(words, k);
        if (high == null) {
            return first;
        }
        int end = high.end;
        double low = first.money().value();
        double highValue = high.value;
        CurrencyAfter after = currencyAfter(words, end, high.scaled);
        if (after != null && after.currency.equals(first.money().currency())) {
            end = after.end;
        }
        // "$150-200 million": the low end takes the high end's scale
        boolean firstScaled = first.end() - first.start() > 2
                || NUMBER_WITH_SCALE.matcher(words.get(first.end() - 1)).matches()
                || SCALES.containsKey(lower(words.get(first.end() - 1)));
        if (!firstScaled && high.scaled) {
            low = low * scaleOf(words, k, high);
        }
        if (highValue <= low) {
            return first;
        }
        return new MoneySpan(first.start(), end, new Money(low, highValue, first.money().currency()),
                null, false, false);
    }

    /** The scale factor of the amount read at {@code k}: 1e6 for "200 million". */
    private static double scaleOf(List<String> words, int k, Amount high) {
        String w = words.get(k);
        Matcher m = NUMBER_WITH_SCALE.matcher(w);
        if (m.matches()) {
            return high.value / number(m.group(1));
        }
        if (NUMBER.matcher(w).matches()) {
            double base = number(w);
            return base == 0 ? 1 : high.value / base;
        }
        return 1;
    }

    private static MoneySpan withQualifierAndFlags(List<String> words, MoneySpan span) {
        String qualifier = null;
        int s = span.start();
        if (s >= 1 && lower(words.get(s - 1)).equals("between")) {
            qualifier = "between";
        }
        if (qualifier == null && s >= 2) {
            qualifier = QUALIFIERS_2.get(lower(words.get(s - 2)) + " " + lower(words.get(s - 1)));
            if (qualifier == null && s >= 3 && lower(words.get(s - 1)).equals("of")) {
                qualifier = QUALIFIERS_2.get(lower(words.get(s - 3)) + " " + lower(words.get(s - 2)));
            }
        }
        if (qualifier == null && s >= 1) {
            qualifier = QUALIFIERS_1.get(lower(words.get(s - 1)));
        }
        if (qualifier == null && isPriorSize(words, span)) {
            qualifier = "prior_size";
        }
        if (isOptionAmount(words, span)) {
            qualifier = "option";
        }
        boolean perShare = false;
        boolean rate = false;
        int e = span.end();
        // "11.50 dlrs cash per share", "$4 a share", "$3 per month", "$60 a barrel"
        for (int k = e; k < Math.min(words.size(), e + 3); k++) {
            String w = lower(words.get(k));
            if ((w.equals("per") || w.equals("a") || w.equals("an") || w.equals("each") || w.equals("/"))
                    && k + 1 < words.size()) {
                String unit = lower(words.get(k + 1));
                if (SHARE_UNITS.contains(unit) || unit.equals("common") && k + 2 < words.size()) {
                    perShare = true;
                } else if (RATE_UNITS.contains(unit) || unit.endsWith("s") && RATE_UNITS.contains(unit.substring(0, unit.length() - 1))) {
                    rate = true;
                }
                break;
            }
            if (w.equals("cash") || w.equals("in")) {
                continue;
            }
            if (w.equals("pershare") || w.equals("/share")) {
                perShare = true;
            }
            break;
        }
        if (span.money().value() < 1000 && !perShare) {
            // a bare "$12" next to "share(s)" in the same clause is a share price
            for (int k = e; k < Math.min(words.size(), e + 2); k++) {
                if (lower(words.get(k)).equals("apiece")) {
                    perShare = true;
                }
            }
        }
        return new MoneySpan(span.start(), span.end(), span.money(), qualifier, perShare, rate);
    }

    /** "upsized from $85 million", "increase the offering from $12 million to $15 million": the size before. */
    private static boolean isPriorSize(List<String> words, MoneySpan span) {
        int s = span.start();
        if (s < 1 || !lower(words.get(s - 1)).equals("from") || s >= 2 && lower(words.get(s - 2)).startsWith("rang")) {
            return false;
        }
        for (int k = Math.max(0, s - 4); k < s - 1; k++) {
            if (CHANGE_WORDS.contains(lower(words.get(k)))) {
                return true;
            }
        }
        int e = span.end();
        MoneySpan next = e + 1 < words.size() && lower(words.get(e)).equals("to") ? moneyAt(words, e + 1) : null;
        return next != null && next.money().value() > span.money().value();
    }

    private static final Set<String> CHANGE_WORDS = Set.of("upsized", "upsize", "increased", "increase", "raised",
            "expanded", "boosted", "lifted", "grew", "up", "revised", "amended", "enlarged", "downsized", "reduced",
            "cut", "trimmed", "lowered");

    /** "an option to buy ... up to an additional $15 million of notes": what buyers may add, not what they bought. */
    private static boolean isOptionAmount(List<String> words, MoneySpan span) {
        int s = span.start();
        int k = s - 1;
        while (k >= 0 && (QUALIFIERS_1.containsKey(lower(words.get(k))) || lower(words.get(k)).equals("up")
                || lower(words.get(k)).equals("to") || lower(words.get(k)).equals("an"))) {
            k--;
        }
        if (k < 0 || !lower(words.get(k)).equals("additional")) {
            return false;
        }
        for (int j = Math.max(0, k - 25); j < k; j++) {
            String w = lower(words.get(j));
            if (w.equals("option") || w.equals("over-allotment") || w.equals("greenshoe")) {
                return true;
            }
        }
        return false;
    }

    // --- helpers ------------------------------------------------------------------------------

    private static boolean isUpperCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
