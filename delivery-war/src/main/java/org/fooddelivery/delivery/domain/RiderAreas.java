package org.fooddelivery.delivery.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.application.NotYoursException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * F7: riders near the customer's area see a delivery, so a rider works in the areas they serve
 * and nowhere else: they list, read (with the customer's street and position) and pick up only
 * deliveries of those areas, plus any delivery they already picked up. Which rider serves which
 * areas is configuration ({@code delivery.rider-areas}, e.g. {@code rider1=gangnam|seocho,rider2=mapo};
 * environment variable DELIVERY_RIDER_AREAS); a rider not in it serves no area.
 */
@ApplicationScoped
public class RiderAreas {

    private final Map<String, Set<String>> areasByRider;

    @Inject
    public RiderAreas(@ConfigProperty(name = "delivery.rider-areas") List<String> entries) {
        this.areasByRider = entries.stream().map(String::trim).filter(e -> e.contains("="))
                .collect(Collectors.toUnmodifiableMap(e -> e.substring(0, e.indexOf('=')).trim(),
                        e -> Arrays.stream(e.substring(e.indexOf('=') + 1).split("\\|")).map(String::trim)
                                .filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet())));
    }

    /** For CDI's proxy. */
    protected RiderAreas() {
        this.areasByRider = Map.of();
    }

    public boolean serves(String riderId, String area) {
        return areasByRider.getOrDefault(riderId, Set.of()).contains(area);
    }

    /** Refused (403) unless the rider serves the area; {@code what} names what they asked for. */
    public void requireServes(String riderId, String area, String what) {
        if (!serves(riderId, area)) {
            Set<String> theirs = areasByRider.getOrDefault(riderId, Set.of());
            throw new NotYoursException(what + " is in area " + area + "; you ride in "
                    + (theirs.isEmpty() ? "no area" : String.join(", ", theirs.stream().sorted().toList())));
        }
    }
}
