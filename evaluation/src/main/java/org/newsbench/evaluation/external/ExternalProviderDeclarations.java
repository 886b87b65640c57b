package org.newsbench.evaluation.external;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        for (Map.Entry<String, String> entry : section.values().entrySet()) {
            int dot = entry.getKey().indexOf('.');
            if (dot <= 0 || dot == entry.getKey().length() - 1) {
                throw new ProviderException("'" + SECTION + "." + entry.getKey()
                        + "' is not " + SECTION + ".<provider-id>.<key>");
            }
            byId.computeIfAbsent(entry.getKey().substring(0, dot), id -> new TreeMap<>())
                    .put(entry.getKey().substring(dot + 1), entry.getValue());
        }
        List<ExternalProviderDeclaration> declarations = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> provider : byId.entrySet()) {
            declarations.add(ExternalProviderDeclaration.parse(provider.getKey(),
                    ProviderConfiguration.of(provider.getValue())));
        }
        return new ExternalProviderDeclarations(declarations);
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
