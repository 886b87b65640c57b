package org.newsbench.evaluation.gold;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one sentence's entity tags into mentions (token ranges) by conlleval's chunk rules, so that IOB1 and IOB2 read
 * alike: an {@code I-X} after {@code O} or after another type starts a mention. With {@link TagScheme#BIOES}, {@code E-}
 * ends and {@code S-} is a one-token mention (BILOU's {@code L-} and {@code U-} are read as those), as the
 * BIOES-aware ports of conlleval do.
 */
final class ConllTagDecoder {

    /** A mention over tokens {@code first..last} (inclusive) of the sentence. */
    record Chunk(int first, int last, String type) {
    }

    /** A tag split into its prefix ({@code B}, {@code I}, {@code E}, {@code S} or {@code O}) and type. */
    record Tag(char prefix, String type) {
        static final Tag OUTSIDE = new Tag('O', "");
    }

    private ConllTagDecoder() {
    }

    /**
     * Parses a tag, or returns null if its prefix is not one the scheme allows ({@code B-}, {@code I-}, {@code O}; and
     * {@code E-}, {@code S-}, {@code L-}, {@code U-} with BIOES).
     */
    static Tag parse(String tag, TagScheme scheme) {
        if (tag.equals("O")) {
            return Tag.OUTSIDE;
        }
        int dash = tag.indexOf('-');
        if (dash != 1 || tag.length() < 3) {
            return null;
        }
        char prefix = tag.charAt(0);
        if (scheme == TagScheme.BIOES) {
            prefix = prefix == 'L' ? 'E' : prefix == 'U' ? 'S' : prefix;
        }
        boolean allowed = prefix == 'B' || prefix == 'I'
                || (scheme == TagScheme.BIOES && (prefix == 'E' || prefix == 'S'));
        return allowed ? new Tag(prefix, tag.substring(2)) : null;
    }

    /** The mentions of a sentence whose tags are already parsed. */
    static List<Chunk> decode(List<Tag> tags) {
        List<Chunk> chunks = new ArrayList<>();
        Tag previous = Tag.OUTSIDE;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            Tag tag = i < tags.size() ? tags.get(i) : Tag.OUTSIDE; // the sentence end closes any open mention
            if (start >= 0 && endsChunk(previous, tag)) {
                chunks.add(new Chunk(start, i - 1, previous.type()));
                start = -1;
            }
            if (startsChunk(previous, tag)) {
                start = i;
            }
            previous = tag;
        }
        return chunks;
    }

    private static boolean endsChunk(Tag previous, Tag tag) {
        char p = previous.prefix();
        char t = tag.prefix();
        return (p == 'B' || p == 'I') && (t == 'B' || t == 'S' || t == 'O')
                || p == 'E' || p == 'S'
                || p != 'O' && !previous.type().equals(tag.type());
    }

    private static boolean startsChunk(Tag previous, Tag tag) {
        char p = previous.prefix();
        char t = tag.prefix();
        return t == 'B' || t == 'S'
                || (p == 'O' || p == 'E' || p == 'S') && (t == 'I' || t == 'E')
                || t != 'O' && !previous.type().equals(tag.type());
    }
}
