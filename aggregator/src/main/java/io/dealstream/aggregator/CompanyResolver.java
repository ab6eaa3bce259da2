package io.dealstream.aggregator;

import io.dealstream.model.CompanyNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deterministic company-name resolution: {@link CompanyNames#key(String)} (case-, accent-,
 * punctuation- and suffix-insensitive) followed by the user's aliases.
 *
 * <p>Alias file format, one statement per line ({@code #} starts a comment, blank lines are ignored):
 * <pre>
 * AWS = Amazon Web Services          # alias = canonical name: both are one company
 * Amazon Web Services > Amazon       # child > parent: separate companies, the parent owns the child
 * </pre>
 * Names on either side are compared by their {@code CompanyNames.key}, so {@code Amazon.com Inc.}
 * and {@code amazon} are the same name. Aliases chain ({@code A = B}, {@code B = C} resolves A to C);
 * a cycle, a name given two different canonical names, or a parent that is its own ancestor is an
 * error that names the line. The canonical side's spelling is the company's display name.
 *
 * <p>Every aggregator instance must load the same file: the canonical key decides the partition
 * and the state of a company. Changing the file affects articles that arrive afterwards; to apply
 * it to stored state, reset the aggregator application and replay {@code deal-mentions}.
 */
public final class CompanyResolver {

    private static final CompanyResolver NONE = new CompanyResolver(Map.of(), Map.of(), Map.of());

    /** key → canonical key, already followed to the end of its chain. */
    private final Map<String, String> canonical;
    /** canonical key → display name as the alias file spells it. */
    private final Map<String, String> displayNames;
    /** canonical key → canonical key of its parent. */
    private final Map<String, String> parents;

    private CompanyResolver(Map<String, String> canonical, Map<String, String> displayNames,
                            Map<String, String> parents) {
        this.canonical = Map.copyOf(canonical);
        this.displayNames = Map.copyOf(displayNames);
        this.parents = Map.copyOf(parents);
    }

    /** Resolution by {@link CompanyNames#key(String)} alone, without aliases. */
    public static CompanyResolver none() {
        return NONE;
    }

    /** Reads an alias file; the message of the exception names the file and line of any error. */
    public static CompanyResolver load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the company alias file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses alias statements; {@code origin} names their source in error messages. */
    public static CompanyResolver parse(List<String> lines, String origin) {
        Map<String, String> aliasOf = new HashMap<>();
        Map<String, Integer> aliasLine = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        List<String[]> parentStatements = new ArrayList<>();
        List<Integer> parentLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            int gt = line.indexOf('>');
            if ((eq < 0) == (gt < 0)) {
                throw error(origin, lineNo, "expected 'ALIAS = CANONICAL NAME' or 'CHILD > PARENT', got '" + line + "'");
            }
            int at = eq >= 0 ? eq : gt;
            String left = line.substring(0, at).strip();
            String right = line.substring(at + 1).strip();
            String leftKey = keyOrFail(left, origin, lineNo);
            String rightKey = keyOrFail(right, origin, lineNo);
            if (leftKey.equals(rightKey)) {
                throw error(origin, lineNo, "'" + left + "' and '" + right + "' are already the same name");
            }
            if (eq >= 0) {
                String before = aliasOf.putIfAbsent(leftKey, rightKey);
                if (before != null && !before.equals(rightKey)) {
                    throw error(origin, lineNo, "'" + left + "' is already an alias of another company (line "
                            + aliasLine.get(leftKey) + ")");
                }
                aliasLine.putIfAbsent(leftKey, lineNo);
                display.putIfAbsent(rightKey, right);
            } else {
                parentStatements.add(new String[] {leftKey, rightKey, left, right});
                parentLines.add(lineNo);
            }
        }
        Map<String, String> canonical = new TreeMap<>();
        for (String alias : aliasOf.keySet()) {
            canonical.put(alias, follow(alias, aliasOf, origin, aliasLine));
        }
        Map<String, String> displayNames = new TreeMap<>();
        display.forEach((key, name) -> displayNames.put(canonical.getOrDefault(key, key), name));
        Map<String, String> parents = new TreeMap<>();
        for (int i = 0; i < parentStatements.size(); i++) {
            String[] s = parentStatements.get(i);
            String child = canonical.getOrDefault(s[0], s[0]);
            String parent = canonical.getOrDefault(s[1], s[1]);
            if (child.equals(parent)) {
                throw error(origin, parentLines.get(i), "'" + s[2] + "' and '" + s[3] + "' are aliases of one company");
            }
            String before = parents.putIfAbsent(child, parent);
            if (before != null && !before.equals(parent)) {
                throw error(origin, parentLines.get(i), "'" + s[2] + "' already has another parent");
            }
            displayNames.putIfAbsent(child, s[2]);
            displayNames.putIfAbsent(parent, s[3]);
        }
        for (int i = 0; i < parentStatements.size(); i++) {
            String start = canonical.getOrDefault(parentStatements.get(i)[0], parentStatements.get(i)[0]);
            Set<String> seen = new LinkedHashSet<>();
            for (String k = start; k != null; k = parents.get(k)) {
                if (!seen.add(k)) {
                    throw error(origin, parentLines.get(i), "parent relations form a cycle: " + String.join(" > ", seen) + " > " + k);
                }
            }
        }
        return new CompanyResolver(canonical, displayNames, parents);
    }

    /** The canonical key of a company name (or of a key, since keys are names that key to themselves). */
    public String canonicalKey(String name) {
        String key = CompanyNames.key(name);
        return canonical.getOrDefault(key, key);
    }

    /** The display name the alias file gives a canonical key, if any. */
    public Optional<String> displayName(String canonicalKey) {
        return Optional.ofNullable(displayNames.get(canonicalKey));
    }

    /** The canonical key of the parent company, if the alias file names one. */
    public Optional<String> parentKey(String canonicalKey) {
        return Optional.ofNullable(parents.get(canonicalKey));
    }

    /** Canonical keys whose parent is this company, sorted. */
    public List<String> childKeys(String canonicalKey) {
        Set<String> children = new TreeSet<>();
        parents.forEach((child, parent) -> {
            if (parent.equals(canonicalKey)) {
                children.add(child);
            }
        });
        return List.copyOf(children);
    }

    /** Every alias key that resolves to this canonical key, sorted. */
    public List<String> aliasKeys(String canonicalKey) {
        List<String> aliases = new ArrayList<>();
        canonical.forEach((alias, target) -> {
            if (target.equals(canonicalKey)) {
                aliases.add(alias);
            }
        });
        Collections.sort(aliases);
        return Collections.unmodifiableList(aliases);
    }

    /** Number of alias statements; 0 for {@link #none()}. */
    public int aliasCount() {
        return canonical.size();
    }

    private static String follow(String alias, Map<String, String> aliasOf, String origin, Map<String, Integer> lines) {
        Set<String> seen = new LinkedHashSet<>();
        String k = alias;
        while (aliasOf.containsKey(k)) {
            if (!seen.add(k)) {
                throw error(origin, lines.get(alias), "aliases form a cycle: " + String.join(" = ", seen) + " = " + k);
            }
            k = aliasOf.get(k);
        }
        return k;
    }

    private static String keyOrFail(String name, String origin, int lineNo) {
        String key = CompanyNames.key(name);
        if (key.isEmpty()) {
            throw error(origin, lineNo, "'" + name + "' is not a company name (nothing is left after removing "
                    + "punctuation and suffixes such as Inc.)");
        }
        return key;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static IllegalArgumentException error(String origin, Integer lineNo, String message) {
        return new IllegalArgumentException("company aliases " + origin + ", line " + lineNo + ": " + message);
    }
}
