package org.newsbench.evaluation.external;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * The external providers declared in a provider configuration: its {@code external.<id>.<key>} entries, which the
 * configuration reader files under the pseudo provider id {@value #SECTION} as {@code <id>.<key>}.
 */
public record ExternalProviderDeclarations(List<ExternalProviderDeclaration> declarations) {

    /** The configuration section that holds the declarations. */
    public static final String SECTION = "external";

    /** Why ids that differ only in case are refused, although ids are case-sensitive. */
    private static final String CASE_ONLY = "an id names the folder predictions/<id>, which a case-insensitive file "
            + "system would share between them";

    public ExternalProviderDeclarations {
        declarations = List.copyOf(declarations);
    }

    /**
     * Reads the declarations out of {@code configurations} (provider id to configuration).
     *
     * @throws ProviderException naming the key of a malformed declaration
     */
    public static ExternalProviderDeclarations from(Map<String, ProviderConfiguration> configurations)
            throws ProviderException {
        ProviderConfiguration section = configurations.get(SECTION);
        if (section == null) {
            return new ExternalProviderDeclarations(List.of());
        }
        Map<String, Map<String, String>> byId = new TreeMap<>();
        Map<String, String> byFoldedId = new HashMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(section.values()).entrySet()) {
            int dot = entry.getKey().indexOf('.');
            if (dot <= 0 || dot == entry.getKey().length() - 1) {
                throw new ProviderException("'" + SECTION + "." + entry.getKey()
                        + "' is not " + SECTION + ".<provider-id>.<key>");
            }
            String id = entry.getKey().substring(0, dot);
            String other = byFoldedId.putIfAbsent(folded(id), id);
            if (other != null && !other.equals(id)) {
                throw new ProviderException(SECTION + "." + other + ".* and " + SECTION + "." + id
                        + ".* declare ids that differ only in case (" + CASE_ONLY + "); rename one");
            }
            byId.computeIfAbsent(id, key -> new TreeMap<>()).put(entry.getKey().substring(dot + 1), entry.getValue());
        }
        List<ExternalProviderDeclaration> declarations = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> provider : byId.entrySet()) {
            declarations.add(ExternalProviderDeclaration.parse(provider.getKey(),
                    ProviderConfiguration.of(provider.getValue())));
        }
        return new ExternalProviderDeclarations(declarations);
    }

    /**
     * Fails if a declared id is one of {@code providerIds} (those of the providers found on the classpath), whose
     * configuration the declaration's keys would replace, or differs from one only in case.
     *
     * @throws ProviderException naming the declaration's keys and the provider they clash with
     */
    public void requireIdsOtherThan(Collection<String> providerIds) throws ProviderException {
        Map<String, String> taken = new HashMap<>();
        providerIds.forEach(id -> taken.putIfAbsent(folded(id), id));
        for (ExternalProviderDeclaration declaration : declarations) {
            String id = declaration.id();
            String clash = taken.get(folded(id));
            if (clash != null && clash.equals(id)) {
                throw new ProviderException(SECTION + "." + id + ".*: '" + id + "' is already the id of a provider "
                        + "found on the classpath; declare the backend under another id");
            }
            if (clash != null) {
                throw new ProviderException(SECTION + "." + id + ".*: '" + id + "' differs only in case from '" + clash
                        + "', a provider found on the classpath (" + CASE_ONLY + "); declare the backend under "
                        + "another id");
            }
        }
    }

    private static String folded(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code configurations} with the {@value #SECTION} section replaced by each declared provider's own keys under
     * its id, which is what the run hands to the provider and hashes into its cache key.
     */
    public Map<String, ProviderConfiguration> configurationsFor(Map<String, ProviderConfiguration> configurations) {
        Map<String, ProviderConfiguration> result = new HashMap<>(configurations);
        result.remove(SECTION);
        declarations.forEach(declaration -> result.put(declaration.id(), declaration.keys()));
        return result;
    }

    /** One provider per declaration. */
    public List<AnnotatorProvider> providers() {
        return declarations.stream().<AnnotatorProvider>map(ExternalProvider::new).toList();
    }
}
