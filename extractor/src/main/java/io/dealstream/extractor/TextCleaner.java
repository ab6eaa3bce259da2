package io.dealstream.extractor;

import io.dealstream.model.Article;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an article's text for tokenising: HTML entities decoded, stock tickers dropped,
 * hard-wrapped wire copy unwrapped into paragraphs, the headline put in front of the body.
 *
 * <p>Wire stories mark company names with angle brackets ("&lt;Sara Lee Corp of Canada Ltd&gt;")
 * and tickers the same way ("&lt;PEP&gt;"): names are kept (and remembered as known organisations),
 * tickers are removed, as are exchange tickers such as "(NASDAQ:SHOO)".
 */
final class TextCleaner {

    /** The text to analyse and what was learnt while cleaning it. */
    record Cleaned(String title, String body, Set<String> bracketedNames) {
        /** Headline and body, the headline alone on its first line(s). */
        String text() {
            return title == null ? body : title + "\n\n" + body;
        }
    }

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#[xX][0-9a-fA-F]{1,5}|amp|lt|gt|quot|apos|nbsp|mdash|ndash|rsquo|lsquo|rdquo|ldquo|hellip);");
    /** A wire name in angle brackets, which hard-wrapped copy may break across one line end. */
    private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]{1,80}(?:\\n[^<>\\n]{1,80})?)>");
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9]{1,6}(?:\\.[A-Z]{1,3})?");
    private static final Pattern EXCHANGE_TICKER = Pattern.compile(
            "\\(\\s*(?:(?:NASDAQ|Nasdaq|NYSE(?: American| Arca)?|NYSEAMERICAN|ASX|TSX(?:-?V)?|TSXV|CSE|LSE|AIM|OTC[A-Z]*|Euronext(?: [A-Z][a-z]+)?|SIX|HKEX|HKSE|SGX|BSE|NSE|FRA|ETR|XETRA|TYO|TSE|KRX|KOSDAQ|SZSE|SSE|JSE|BMV|B3|NZX|OSE|Oslo|CBOE|Cboe|TASE|Frankfurt|FWB|SEHK|Borsa)"
                    + "\\s*[:;]\\s*[A-Za-z0-9.\\-]{1,10}(?:\\s*[;,]\\s*(?:[A-Za-z]+\\s*[:;]\\s*)?[A-Za-z0-9.\\-]{1,10})*\\s*\\)"
                    + "|\\(\\s+[A-Z]{1,6}\\s+\\))");
    /** Bracketed names remembered per article: a wire story has a handful; thousands are noise, and each costs a lookup. */
    static final int MAX_BRACKETED_NAMES = 200;
    /** Spaces and tabs only: {@code \s*} here would rescan a run of blank lines from each of its lines (quadratic). */
    private static final Pattern REUTER_SIGNOFF = Pattern.compile("(?m)^[ \\t]*REUTER[ \\t]*$");

    /**
     * Scraped copy loses the space between sentences ("at Rs 170 apiece.Elevation Capital sold"), and the
     * splitter then glues two sentences and a name to a word: a word of two or more lower-case letters, a
     * full stop and a capitalised word is a sentence break.
     */
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{Ll}{2}[)\"”’]?)\\.(?=\\p{Lu}\\p{Ll})");

    private TextCleaner() {
    }

    static Cleaned clean(Article article) {
        Set<String> names = new LinkedHashSet<>();
        String title = article.title() == null ? null : cleanLine(article.title(), names);
        String body = cleanBody(article.body(), names);
        if (title != null && (title.isBlank() || isShouting(title) && !body.isBlank())) {
            // an all-capitals wire headline misleads the tagger, and its body repeats the news
            title = null;
        }
        return new Cleaned(title == null ? null : title.strip(), body, names);
    }

    private static String cleanLine(String text, Set<String> names) {
        String s = withoutInvisibles(decodeEntities(text));
        s = s.replace('\u00A0', ' ');
        s = EXCHANGE_TICKER.matcher(s).replaceAll("");
        s = brackets(s, names);
        return s.replaceAll("[ \\t]{2,}", " ");
    }

    private static String cleanBody(String body, Set<String> names) {
        String s = decodeEntities(body).replace("\r\n", "\n").replace('\r', '\n');
        s = withoutInvisibles(s).replace('\u00A0', ' ').replace('\u2028', '\n');
        s = REUTER_SIGNOFF.matcher(s).replaceAll("");
        s = EXCHANGE_TICKER.matcher(s).replaceAll("");
        s = brackets(s, names);
        if (isHardWrapped(s)) {
            s = unwrap(s);
        }
        // lookarounds only: a run of a million letters is scanned once, not once per letter
        s = GLUED_SENTENCE.matcher(s).replaceAll(". ");
        return s.replaceAll("[ \\t]{2,}", " ").strip();
    }

    /** Drops "&lt;PEP&gt;" tickers, keeps "&lt;Community State Bank&gt;" as a name. */
    private static String brackets(String s, Set<String> names) {
        Matcher m = ANGLE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1).strip();
            String replacement;
            if (TICKER.matcher(inner).matches() && !inner.matches("\\d+")) {
                replacement = "";
            } else if (Character.isUpperCase(inner.isEmpty() ? 'x' : inner.charAt(0))) {
                if (names.size() < MAX_BRACKETED_NAMES) {
                    names.add(inner.replaceAll("\\s+", " "));
                }
                replacement = inner;
            } else {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" +([,.;])", "$1");
    }

    /** Wire copy breaks lines at ~65 characters inside sentences and indents each new paragraph. */
    static boolean isHardWrapped(String s) {
        String[] lines = s.split("\n");
        if (lines.length < 4) {
            return false;
        }
        int full = 0;
        int counted = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            counted++;
            int len = line.stripTrailing().length();
            if (len >= 35 && len <= 85) {
                full++;
            }
        }
        return counted >= 3 && full * 10 >= counted * 7 || midSentenceBreaks(lines);
    }

    /**
     * Short wire stories have too few lines for the length test; there the tell is a line break inside a
     * sentence: the next line, not indented, carries on in lower case ("said it\ncompleted the sale").
     */
    private static boolean midSentenceBreaks(String[] lines) {
        int breaks = 0;
        int inside = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String next = lines[i + 1];
            if (lines[i].isBlank() || next.isBlank() || Character.isWhitespace(next.charAt(0))) {
                continue;
            }
            breaks++;
            if (Character.isLowerCase(next.charAt(0)) && !lines[i].stripTrailing().matches(".*[.!?:;]$")) {
                inside++;
            }
        }
        return inside >= 2 && inside * 3 >= breaks;
    }

    private static String unwrap(String s) {
        String[] lines = s.split("\n");
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        for (String line : lines) {
            boolean startsParagraph = line.isBlank() || line.startsWith("  ") || line.startsWith("\t");
            if (startsParagraph && !paragraph.isEmpty()) {
                out.append(String.join(" ", paragraph)).append('\n');
                paragraph.clear();
            }
            if (!line.isBlank()) {
                paragraph.add(line.strip());
            }
        }
        if (!paragraph.isEmpty()) {
            out.append(String.join(" ", paragraph)).append('\n');
        }
        return out.toString();
    }

    /** A headline with hardly any lower-case letters. */
    static boolean isShouting(String title) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 6 && lower * 10 < upper;
    }

    /**
     * Drops format characters (zero-width spaces and joiners, soft hyphens, byte order marks, bidi
     * overrides and isolates), which would split or disguise names and numbers (a zero-width joiner
     * inside "$25 million"); control characters that separate (form feed, vertical tab, the
     * information separators) become spaces, and the others (NUL, BEL, ESC, DEL, ...) are dropped.
     */
    static String withoutInvisibles(String s) {
        int i = 0;
        while (i < s.length() && !isInvisible(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isInvisible(c)) {
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT || (Character.isISOControl(c) && c != '\n' && c != '\t');
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                int cp = Integer.parseInt(e.substring(1));
                r = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
            } else {
                r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos", "rsquo", "lsquo" -> "'";
                    case "rdquo", "ldquo" -> "\"";
                    case "nbsp" -> " ";
                    case "mdash" -> "—";
                    case "ndash" -> "–";
                    case "hellip" -> "...";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
