package org.newsbench.evaluation.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.newsbench.api.AnnotationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Talks to a backend service over HTTP: each request is POSTed to the url as JSON and the response body (at most the
 * {@link ResponseLimit}; a longer one is read no further) is the JSON response. At most {@code workers} requests are
 * in flight at once. The timeout covers the whole answer, body included (the JDK's request timeout ends at the
 * headers). A connection that fails is retried {@value #RETRIES} times with doubling back-off; a timeout is not
 * retried (the service got the request).
 */
final class HttpBackendClient implements BackendClient {

    static final int RETRIES = 3;
    static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);

    private final URI url;
    private final Duration timeout;
    private final ExternalProtocolCodec codec;
    private final ResponseLimit limit;
    private final Semaphore inFlight;
    private final HttpClient client;
    private final AtomicLong retries = new AtomicLong();

    HttpBackendClient(ExternalProviderDeclaration declaration, ExternalProtocolCodec codec) {
        this.url = declaration.url();
        this.timeout = declaration.timeout();
        this.codec = codec;
        this.limit = ResponseLimit.of(declaration);
        this.inFlight = new Semaphore(declaration.workers());
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(declaration.timeout()).build();
    }

    @Override
    public JsonNode send(ExternalRequest request) throws AnnotationException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnotationException("interrupted before sending " + request.subject());
        }
        try {
            return post(request);
        } finally {
            inFlight.release();
        }
    }

    @Override
    public void fit(ExternalRequest request) throws AnnotationException {
        ExternalProtocolCodec.requireFitted(request, post(request));
    }

    private JsonNode post(ExternalRequest request) throws AnnotationException {
        HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(request.json(), StandardCharsets.UTF_8)).build();
        Duration backOff = FIRST_BACK_OFF;
        for (int attempt = 0; ; attempt++) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int status;
            String body;
            try {
                HttpResponse<InputStream> response = client.send(post, HttpResponse.BodyHandlers.ofInputStream());
                status = response.statusCode();
                body = body(request, response.body(), deadline);
            } catch (HttpTimeoutException e) {
                throw timedOut();
            } catch (IOException e) {
                if (attempt == RETRIES) {
                    throw new AnnotationException("cannot reach " + url + " for " + request.subject() + " after "
                            + (RETRIES + 1) + " attempts: " + e, e);
                }
                retries.incrementAndGet();
                sleep(backOff);
                backOff = backOff.multipliedBy(2);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnnotationException("interrupted while waiting for " + url);
            }
            if (status / 100 != 2) {
                throw new AnnotationException("HTTP " + status + " from " + url + " for " + request.subject() + ": "
                        + ExternalProtocolCodec.excerpt(body));
            }
            try {
                return codec.parseResponse(request, body);
            } catch (MalformedResponseException e) {
                throw new AnnotationException(e.getMessage());
            }
        }
    }

    /**
     * The body as text, read no further than the limit and no later than {@code deadline} ({@link System#nanoTime});
     * closing the stream early drops the connection.
     */
    private String body(ExternalRequest request, InputStream stream, long deadline)
            throws IOException, AnnotationException {
        AtomicBoolean late = new AtomicBoolean();
        // Closing the stream ends a read blocked on a service that stalls in the middle of its body.
        ScheduledFuture<?> watchdog = Watchdog.after(Duration.ofNanos(deadline - System.nanoTime()), () -> {
            late.set(true);
            closeQuietly(stream);
        });
        try (InputStream in = stream) {
            byte[] bytes = in.readNBytes(limit.maxBytes() + 1);
            if (bytes.length > limit.maxBytes()) {
                throw new AnnotationException(limit.exceededBy(request));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (late.get()) {
                throw timedOut();
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private AnnotationException timedOut() {
        return new AnnotationException("timeout after " + BackendProcess.seconds(timeout) + " s");
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // The read it was to end has ended anyway.
        }
    }

    private static void sleep(Duration duration) throws AnnotationException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnotationException("interrupted while backing off");
        }
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        long count = retries.get();
        if (count > 0) {
            notes.add(count + " HTTP request" + (count == 1 ? "" : "s") + " to " + url + " retried after a "
                    + "connection error");
        }
        return notes;
    }

    @Override
    public void close() {
        // java.net.http.HttpClient of Java 17 has no close; its connections end with the JVM or when idle.
    }
}
