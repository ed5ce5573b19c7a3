package org.fooddelivery.notification.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** 4xx from Kakao (bad key, bad template) is final; 5xx and timeouts are worth retrying. */
public class KakaoRejectionMapper implements ResponseExceptionMapper<KakaoRejectedException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    @Override
    public KakaoRejectedException toThrowable(Response response) {
        return new KakaoRejectedException("Kakao refused the message: HTTP " + response.getStatus() + " "
                + response.readEntity(String.class));
    }
}
