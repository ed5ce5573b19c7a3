package org.fooddelivery.events;

/** A message that cannot be read as an event; redelivering it will not help. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
