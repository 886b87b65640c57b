package org.newsbench.evaluation.external;

import java.util.Map;

import org.newsbench.api.Annotator;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * A run that is interrupted: starts the external provider declared by its arguments ({@code key=value}), prints
 * {@code ready} once its processes run, then waits to be killed (Ctrl-C / SIGTERM).
 */
public final class InterruptedRunMain {

    private InterruptedRunMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> keys = new java.util.HashMap<>();
        for (String arg : args) {
            keys.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        ProviderConfiguration configuration = ProviderConfiguration.of(keys);
        Annotator annotator = new ExternalProvider(ExternalProviderDeclaration.parse("held", configuration))
                .create(configuration);
        System.out.println("ready " + annotator.getClass().getSimpleName());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
