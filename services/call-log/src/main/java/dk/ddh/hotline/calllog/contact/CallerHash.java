package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.support.phone.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The caller's number as HMAC-SHA256 under a secret key: the same caller gives the same hash (repeat callers can be
 * counted), but the number cannot be read back or guessed by hashing all numbers without the key.
 */
@Component
public class CallerHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CallerHash(CallLogProperties properties) {
        if (properties.callerHashKey() == null || properties.callerHashKey().isBlank()) {
            throw new IllegalStateException("hotline.call-log.caller-hash-key (HOTLINE_CALLER_HASH_KEY) is not set");
        }
        this.key = new SecretKeySpec(properties.callerHashKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hash of the normalised number; empty for no number or a withheld one. */
    public Optional<String> of(String callerNumber) {
        return PhoneNumber.parse(callerNumber).map(number -> hash(number.e164()));
    }

    private String hash(String e164) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(e164.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
