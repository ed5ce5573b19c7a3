package org.fooddelivery.notification.standin;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for Kakao's message API so the whole flow runs offline: it records what it receives
 * (the last {@value #KEEP} messages) and can be told to be slow or to fail, for drills and tests.
 * It stands for a system outside the platform, so its state lives only in this server's memory.
 */
@ApplicationScoped
public class KakaoStandIn {

    static final int KEEP = 10_000;

    public record Received(String receiver, long templateId, String templateArgs, Instant at) {
    }

    /** failNextContaining, when set, aims the failNext failures at messages whose arguments contain it. */
    public record Faults(long delayMs, int failurePercent, int failNext, String failNextContaining) {
        static final Faults NONE = new Faults(0, 0, 0, null);
    }

    private final Deque<Received> received = new ConcurrentLinkedDeque<>();
    private final AtomicReference<Faults> faults = new AtomicReference<>(Faults.NONE);
    private final AtomicInteger failNext = new AtomicInteger();

    /** @return false when this call is to fail, as the drill asked */
    boolean accept(List<String> receivers, long templateId, String args) {
        Faults now = faults.get();
        if (now.delayMs() > 0) {
            try {
                Thread.sleep(now.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (takesAFailure(args)
                || ThreadLocalRandom.current().nextInt(100) < now.failurePercent()) {
            return false;
        }
        receivers.forEach(r -> received.addLast(new Received(r, templateId, args, Instant.now())));
        while (received.size() > KEEP) {
            received.pollFirst();
        }
        return true;
    }

    private boolean takesAFailure(String args) {
        String target = faults.get().failNextContaining();
        return (target == null || args.contains(target)) && failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public Faults faults() {
        Faults now = faults.get();
        return new Faults(now.delayMs(), now.failurePercent(), failNext.get(), now.failNextContaining());
    }

    public Faults setFaults(long delayMs, int failurePercent, int failNextCalls, String failNextContaining) {
        faults.set(new Faults(delayMs, failurePercent, 0, failNextContaining));
        failNext.set(failNextCalls);
        return faults();
    }

    public List<Received> received(String containing) {
        List<Received> matching = new ArrayList<>();
        for (Received r : received) {
            if (containing == null || r.templateArgs().contains(containing) || r.receiver().equals(containing)) {
                matching.add(r);
            }
        }
        return matching;
    }
}
