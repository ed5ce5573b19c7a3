package org.fooddelivery.notification.client;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * Kakao's message API, in its shape: a form POST of receiver ids, a template id and the
 * template's arguments, authorised with the app key (URL and key in microprofile-config). The
 * embedded default points it at the KakaoTalk stand-in of standin-war (/standins/kakao).
 */
@RegisterRestClient(configKey = "kakao")
@RegisterProvider(KakaoRejectionMapper.class)
@Path("/v1/api/talk/friends/message/send")
public interface KakaoMessageApi {

    /**
     * The same key on every attempt of one message (its notification id): a channel that got an
     * attempt the client gave up on (timed out) answers the retry without sending it again.
     */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Kakao asks for the charset in the content type; without it the form is read as ISO-8859-1 and Korean turns to mojibake. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED + ";charset=UTF-8")
    @Produces(MediaType.APPLICATION_JSON)
    SendResult send(@HeaderParam("Authorization") String authorization,
                    @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                    @FormParam("receiver_uuids") String receiverUuidsJson,
                    @FormParam("template_id") long templateId,
                    @FormParam("template_args") String templateArgsJson);

    record SendResult(@JsonbProperty("successful_receiver_uuids") List<String> successfulReceiverUuids) {
    }
}
