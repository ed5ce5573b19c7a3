package org.fooddelivery.standin.acquirer;

import jakarta.enterprise.context.ApplicationScoped;
import org.fooddelivery.standin.application.Faults;
import org.fooddelivery.standin.application.IdempotencyKeys;

import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for the card acquirer (the PSP payment-war charges cards through): contract §5's test
 * card 4000000000000002 is always declined, every other 16-digit number approved. It records the
 * charges it made (the last {@value #KEEP}) and can be told to be slow or to fail, for drills of
 * the order → payment circuit breaker. An outside system, so its state lives only in memory.
 */
@ApplicationScoped
public class CardAcquirer {

    static final int KEEP = 10_000;
    public static final String ALWAYS_DECLINED = "4000000000000002";

    public enum Result { APPROVED, DECLINED }

    /** One authorisation: what was asked (amount, the merchant's reference) and the answer. */
    public record Charge(String id, String reference, long amount, String cardLast4, Result result, Instant at) {
    }

    private final AtomicReference<Faults> faults = new AtomicReference<>(Faults.NONE);
    private final IdempotencyKeys<Charge> charges = new IdempotencyKeys<>(KEEP);
    private final Deque<Charge> made = new ConcurrentLinkedDeque<>();

    /**
     * Authorises once per idempotency key: a merchant retrying after its own timeout gets the first
     * answer, and the card is not charged again.
     *
     * @return empty when this call fails, as the drill asked
     */
    Optional<Charge> charge(String idempotencyKey, String reference, long amount, String cardNumber) {
        return charges.once(idempotencyKey, () -> {
            if (!faults.get().apply()) {
                return Optional.empty();
            }
            boolean approved = cardNumber.matches("\\d{16}") && !ALWAYS_DECLINED.equals(cardNumber);
            Charge charge = new Charge(UUID.randomUUID().toString(), reference, amount,
                    cardNumber.substring(cardNumber.length() - 4), approved ? Result.APPROVED : Result.DECLINED, Instant.now());
            made.addLast(charge);
            while (made.size() > KEEP) {
                made.pollFirst();
            }
            return Optional.of(charge);
        });
    }

    public List<Charge> charges(String reference) {
        return made.stream().filter(c -> reference == null || c.reference().equals(reference)).toList();
    }

    public Faults faults() {
        return faults.get();
    }

    public Faults setFaults(Faults now) {
        faults.set(now);
        return now;
    }
}
