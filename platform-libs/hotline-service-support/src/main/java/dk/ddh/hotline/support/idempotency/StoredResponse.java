package dk.ddh.hotline.support.idempotency;

/** A write's response as replayed to a retry: status, content type, {@code Location} and body. */
record StoredResponse(String fingerprint, int status, String contentType, String location, String body) {}
