package org.newsbench.opennlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

/**
 * Entity labels for the five corpus documents, written by reading them (following ANNOTATION-SPEC.md), for tests and
 * the benchmark while the gold CSVs are being made. Each document lists its names by type; every occurrence of a name
 * as whole words is a mention, longer names first and without overlap (so {@code Wagner Group} wins over
 * {@code Wagner}). A name glued to another word is given with its left context ({@code by|Yuri Zoria}).
 */
public final class HandLabels {

    private static final Map<String, Map<String, List<String>>> NAMES = Map.of(
            "000_fec9100097241395", Map.of(
                    "PERSON", List.of("Andrey Yusov", "Yury Pivovarov", "Yusov", "Pivovarov"),
                    "LOCATION", List.of("Mali", "Ukraine", "Tinzaouaten", "Dakar", "Kiev", "Africa", "Sahel",
                            "Bamako", "Russia", "Moscow", "Burkina Faso", "Niger"),
                    "ORGANIZATION", List.of("Wagner Group", "RT", "GUR", "Facebook", "UN",
                            "Alliance of Sahel States", "Ukrainian Government"),
                    "MISC", List.of("Tuareg", "Malian", "Russian", "Algerian", "Ukrainian", "French", "African")),
            "001_f23d0374e383327e", Map.of(
                    "PERSON", List.of("Andriy Yusov", "Yusov", "Abdoulaye Maiga", "Muammar Gaddafi",
                            "Assimi Go\u00efta", "Go\u00efta"),
                    "LOCATION", List.of("Mali", "Ukraine", "Kiev", "Sahel", "Bamako", "Russian Federation",
                            "Libya", "France", "Moscow"),
                    "ORGANIZATION", List.of("Al-Qaeda", "al Qaeda", "Jama\u2019at Nusrat al-Islam wal-Muslimin",
                            "JNIM", "JINM", "Wagner Group", "Wagner", "Security Service", "SBU",
                            "Ukrainian Foreign Ministry"),
                    "MISC", List.of("Malian", "Russian", "American", "African")),
            "002_7720f7d8ad8d4f8e", Map.of(
                    "PERSON", List.of("Abdoulaye Maiga", "Maiga", "Andriy Yusov", "Yusov", "Assimi Goita",
                            "Sergey Lavrov", "Abdoulaye Diop"),
                    "LOCATION", List.of("Mali", "BAMAKO", "Ukraine", "Tinzaouatene", "Africa", "Senegal", "Dakar",
                            "Russia", "France"),
                    "ORGANIZATION", List.of("Gambiaj.com", "Wagner Group", "Wagner",
                            "Malian Defence and Security Forces", "Senegalese Ministry of Foreign Affairs"),
                    "MISC", List.of("Malian", "Russian", "Algerian", "Ukrainian", "European")),
            "003_ec6aab1b09965471", Map.of(
                    "PERSON", List.of("by|Yuri Zoria", "Amadou Abdramane", "Andrii Yusov", "Yusov",
                            "Yurii Pyvovarov"),
                    "LOCATION", List.of("Niger", "Mali", "Ukraine", "Kyiv", "Tinzaouaten", "Senegal", "Europe",
                            "Russia"),
                    "ORGANIZATION", List.of("Euromaidan Press", "Euromaidanpress.com",
                            "International Renaissance Foundation", "UN Security Council", "Wagner Group", "Wagner",
                            "Permanent Strategic Framework for Peace, Security and Development", "CSP-PSD", "AFP",
                            "African Corps", "Main Intelligence Directorate", "HUR", "Facebook",
                            "Ministry of Foreign Affairs of Ukraine"),
                    "MISC", List.of("Tuareg", "Malian", "Ukrainian", "French")),
            "004_fcd1b60b543d505c", Map.of(
                    "PERSON", List.of("Mohamed El-Maouloud Ramadan", "Ramadan"),
                    "LOCATION", List.of("Mali", "Ukraine", "Africa", "Tinzaouatene", "Kyiv", "Niger",
                            "Burkina Faso", "Russia"),
                    "ORGANIZATION", List.of("Inside Africa", "Wagner PMC", "Wagner", "Ministry of Foreign Affairs",
                            "Permanent Strategic Framework for Peace, Security, and Development", "CSP-PSD",
                            "Jama\u2019at Nusrat al-Islam wal-Muslimin", "JNIM", "al-Qaeda", "reuters"),
                    "MISC", List.of("Malian", "Tuareg", "Tuaregs", "Algerian", "Russian", "Ukrainian", "Islamist")));

    private HandLabels() {
    }

    /** The hand-labelled mentions of {@code document}, ordered by span. */
    public static List<EntityMention> of(Document document) {
        Map<String, List<String>> names = NAMES.get(document.id());
        if (names == null) {
            throw new IllegalArgumentException("no hand labels for " + document.id());
        }
        String text = document.text();
        CodePointOffsets offsets = document.offsets();
        List<int[]> candidates = new ArrayList<>();
        List<String> types = new ArrayList<>();
        names.forEach((type, list) -> {
            for (String entry : list) {
                int bar = entry.indexOf('|');
                String left = bar < 0 ? "" : entry.substring(0, bar);
                String name = entry.substring(bar + 1);
                String needle = left + name;
                for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                    int start = at + left.length();
                    int end = start + name.length();
                    if (bar >= 0 || isWordBoundary(text, at - 1) && isWordBoundary(text, end)) {
                        candidates.add(new int[] {start, end, types.size()});
                        types.add(type);
                    }
                }
            }
        });
        candidates.sort(Comparator.comparingInt((int[] c) -> c[0] - c[1]).thenComparingInt(c -> c[0]));
        List<EntityMention> mentions = new ArrayList<>();
        for (int[] candidate : candidates) {
            Span span = offsets.spanOfUtf16(candidate[0], candidate[1]);
            if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                mentions.add(EntityMention.of(document, offsets, span, types.get(candidate[2])));
            }
        }
        mentions.sort(Comparator.comparing(EntityMention::span));
        return mentions;
    }

    /** All hand-labelled mentions of {@code documents}. */
    public static List<EntityMention> of(List<Document> documents) {
        List<EntityMention> mentions = new ArrayList<>();
        documents.forEach(document -> mentions.addAll(of(document)));
        return mentions;
    }

    private static boolean isWordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
