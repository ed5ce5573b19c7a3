package org.fooddelivery.order.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape rules of POST /orders, without a server: which fields a bad request gets named. */
class PlaceOrderRequestValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static PlaceOrderRequest request(Long storeId, List<PlaceOrderRequest.Item> items,
                                             PlaceOrderRequest.Address address, String card) {
        return new PlaceOrderRequest(storeId, items, address, card == null ? null : new PlaceOrderRequest.Card(card));
    }

    private static final PlaceOrderRequest.Address ADDRESS =
            new PlaceOrderRequest.Address("gangnam", "Teheran-ro 1", 37.498, 127.027);

    private Set<String> invalidFields(PlaceOrderRequest request) {
        return validator.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void specExampleIsValid() {
        assertTrue(invalidFields(request(1L, List.of(new PlaceOrderRequest.Item(11L, 2)), ADDRESS,
                "4111111111111111")).isEmpty());
    }

    @Test
    void quantityMustBeBetweenOneAndNinetyNine() {
        for (int bad : new int[]{0, -1, 100, Integer.MAX_VALUE}) {
            assertEquals(Set.of("items[0].quantity"), invalidFields(request(1L,
                    List.of(new PlaceOrderRequest.Item(11L, bad)), ADDRESS, "4111111111111111")), "quantity " + bad);
        }
        assertTrue(invalidFields(request(1L, List.of(new PlaceOrderRequest.Item(11L, 99)), ADDRESS,
                "4111111111111111")).isEmpty());
    }

    @Test
    void itemsMustBeThereAndNotTooMany() {
        assertEquals(Set.of("items"), invalidFields(request(1L, List.of(), ADDRESS, "4111111111111111")));
        assertEquals(Set.of("items"), invalidFields(request(1L, null, ADDRESS, "4111111111111111")));
        List<PlaceOrderRequest.Item> tooMany = java.util.stream.LongStream.rangeClosed(1, PlaceOrderRequest.MAX_LINES + 1)
                .mapToObj(id -> new PlaceOrderRequest.Item(id, 1)).toList();
        assertEquals(Set.of("items"), invalidFields(request(1L, tooMany, ADDRESS, "4111111111111111")));
    }

    @Test
    void cardMustBeSixteenDigits() {
        for (String bad : new String[]{"4111", "4111-1111-1111-1111", "41111111111111112", "abcdefghijklmnop"}) {
            assertEquals(Set.of("card.number"), invalidFields(request(1L,
                    List.of(new PlaceOrderRequest.Item(11L, 1)), ADDRESS, bad)), bad);
        }
        assertEquals(Set.of("card"), invalidFields(request(1L, List.of(new PlaceOrderRequest.Item(11L, 1)), ADDRESS, null)));
    }

    @Test
    void addressNeedsAreaAndStreetAndSaneCoordinates() {
        assertEquals(Set.of("deliveryAddress"), invalidFields(request(1L,
                List.of(new PlaceOrderRequest.Item(11L, 1)), null, "4111111111111111")));
        assertEquals(Set.of("deliveryAddress.area", "deliveryAddress.street"), invalidFields(request(1L,
                List.of(new PlaceOrderRequest.Item(11L, 1)), new PlaceOrderRequest.Address(" ", "", null, null),
                "4111111111111111")));
        assertEquals(Set.of("deliveryAddress.lat", "deliveryAddress.lng"), invalidFields(request(1L,
                List.of(new PlaceOrderRequest.Item(11L, 1)), new PlaceOrderRequest.Address("gangnam", "x", 91.0, -181.0),
                "4111111111111111")));
    }

    @Test
    void storeAndMenuIdsMustBePositive() {
        assertEquals(Set.of("storeId", "items[0].menuId"), invalidFields(request(0L,
                List.of(new PlaceOrderRequest.Item(-5L, 1)), ADDRESS, "4111111111111111")));
    }
}
