package org.fooddelivery.standin.kakao;

import jakarta.enterprise.context.ApplicationScoped;
import org.fooddelivery.standin.application.IdempotencyKeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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

    /**
     * delayMs slows every call, or only the next slowNext ones when that is above 0; failNext and
     * slowNext aim only at calls whose arguments contain failNextContaining, when it is set.
     */
    public record Faults(long delayMs, int slowNext, int failurePercent, int failNext, String failNextContaining) {
        static final Faults NONE = new Faults(0, 0, 0, 0, null);
    }

    private final Deque<Received> received = new ConcurrentLinkedDeque<>();
    private final AtomicReference<Faults> faults = new AtomicReference<>(Faults.NONE);
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger slowNext = new AtomicInteger();
    /** The last KEEP idempotency keys of delivered calls, as Kakao-like APIs keep them. */
    private final IdempotencyKeys<Boolean> delivered = new IdempotencyKeys<>(KEEP);

    /**
     * A call with the key of one already delivered is answered with that outcome and delivers
     * nothing ({@link IdempotencyKeys}): a client retrying after its own timeout does not make the
     * customer's phone show the message twice.
     *
     * @return false when this call is to fail, as the drill asked
     */
    boolean accept(String idempotencyKey, List<String> receivers, long templateId, String args) {
        return delivered.once(idempotencyKey,
                () -> deliver(receivers, templateId, args) ? Optional.of(true) : Optional.<Boolean>empty()).isPresent();
    }

    private boolean deliver(List<String> receivers, long templateId, String args) {
        Faults now = faults.get();
        if (now.delayMs() > 0 && (now.slowNext() == 0 || takes(slowNext, args))) {
            try {
                Thread.sleep(now.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (takes(failNext, args)
                || ThreadLocalRandom.current().nextInt(100) < now.failurePercent()) {
            return false;
        }
        receivers.forEach(r -> received.addLast(new Received(r, templateId, args, Instant.now())));
        while (received.size() > KEEP) {
            received.pollFirst();
        }
        return true;
    }

    /** Takes one of the next-n budget if the call is aimed at. */
    private boolean takes(AtomicInteger budget, String args) {
        String target = faults.get().failNextContaining();
        return (target == null || args.contains(target)) && budget.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public Faults faults() {
        Faults now = faults.get();
        return new Faults(now.delayMs(), slowNext.get(), now.failurePercent(), failNext.get(), now.failNextContaining());
    }

    public Faults setFaults(long delayMs, int slowNextCalls, int failurePercent, int failNextCalls, String failNextContaining) {
        faults.set(new Faults(delayMs, slowNextCalls, failurePercent, 0, failNextContaining));
        failNext.set(failNextCalls);
        slowNext.set(slowNextCalls);
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
