package dk.ddh.hotline.calllog.retention;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the call log keeps what it knows about a contact, counted from when the contact was offered.
 *
 * @param notesFor wrap-up notes are erased after this
 * @param detailsFor after this a contact keeps only what statistics need: no agent, call id or caller hash
 */
@Validated
@ConfigurationProperties("hotline.call-log.retention")
record RetentionProperties(
        @NotNull @DefaultValue("90d") Duration notesFor,
        @NotNull @DefaultValue("730d") Duration detailsFor) {}
