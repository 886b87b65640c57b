package org.newsbench.api.spi;

import java.util.Objects;

/** Whether a provider can run here; when not, the reason, worded for the user (with how to fix it). */
public record Availability(boolean isAvailable, String reason) {

    public Availability {
        Objects.requireNonNull(reason, "reason");
    }

    public static Availability available() {
        return new Availability(true, "");
    }

    public static Availability unavailable(String reason) {
        return new Availability(false, reason);
    }
}
