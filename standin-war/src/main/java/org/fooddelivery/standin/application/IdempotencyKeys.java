package org.fooddelivery.standin.application;

import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * What an external API with an {@code Idempotency-Key} header does (Kakao-like message APIs,
 * card acquirers): a call with the key of one that succeeded (or is still running) is answered
 * with that call's outcome and does nothing again, so a client retrying after its own timeout
 * neither sends a message twice nor charges a card twice. A failed call forgets its key, so the
 * retry is a new call. The last {@code keep} keys are remembered.
 */
public final class IdempotencyKeys<T> {

    private final int keep;
    private final Map<String, CompletableFuture<Optional<T>>> outcomes = new ConcurrentHashMap<>();
    private final Deque<String> keys = new ConcurrentLinkedDeque<>();

    public IdempotencyKeys(int keep) {
        this.keep = keep;
    }

    /** @param call empty when the call failed (then nothing is remembered) */
    public Optional<T> once(String key, Supplier<Optional<T>> call) {
        if (key == null || key.isBlank()) {
            return call.get();
        }
        while (true) {
            CompletableFuture<Optional<T>> mine = new CompletableFuture<>();
            CompletableFuture<Optional<T>> earlier = outcomes.putIfAbsent(key, mine);
            if (earlier == null) {
                Optional<T> outcome = Optional.empty();
                try {
                    outcome = call.get();
                    return outcome;
                } finally {
                    if (outcome.isPresent()) {
                        remember(key);
                    } else {
                        outcomes.remove(key, mine);
                    }
                    mine.complete(outcome);
                }
            }
            Optional<T> first = earlier.join();
            if (first.isPresent()) {
                return first;
            }
        }
    }

    private void remember(String key) {
        keys.addLast(key);
        while (keys.size() > keep) {
            outcomes.remove(keys.pollFirst());
        }
    }
}
