package org.newsbench.evaluation.discovery;

import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;

/**
 * A provider found on the classpath, with what it said of its availability. {@code provider} is null when the
 * provider could not even be instantiated; {@code id} is then its class name.
 */
public record DiscoveredProvider(String id, AnnotatorProvider provider, Availability availability) {
}
