package org.newsbench.opennlp;

import java.util.List;

import opennlp.tools.namefind.NameSample;

/**
 * Name-finder training data made from gold: one {@link NameSample} per sentence, how many gold mentions made it in,
 * and the ones that could not.
 */
public record EncodedNames(List<NameSample> samples, int encodedMentions, List<UnencodableMention> unencodable) {

    public EncodedNames {
        samples = List.copyOf(samples);
        unencodable = List.copyOf(unencodable);
    }
}
