package org.fooddelivery.notification.client;

/** Kakao refused the request itself (4xx): sending it again would not help. */
public class KakaoRejectedException extends RuntimeException {

    public KakaoRejectedException(String message) {
        super(message);
    }
}
