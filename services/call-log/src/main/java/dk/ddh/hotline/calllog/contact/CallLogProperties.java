package dk.ddh.hotline.calllog.contact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param callerHashKey the secret key of the callers' number hashes; at least 32 characters
 * @param repeatCallWindow a caller who calls again within this time was not helped at first contact
 */
@Validated
@ConfigurationProperties("hotline.call-log")
record CallLogProperties(
        @Size(min = 32) String callerHashKey,
        @NotNull @DefaultValue("7d") Duration repeatCallWindow) {}
