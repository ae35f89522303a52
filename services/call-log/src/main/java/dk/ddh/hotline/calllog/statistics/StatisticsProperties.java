package dk.ddh.hotline.calllog.statistics;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param serviceLevelThreshold a call answered within this wait counts towards the service level
 * @param longestRange the longest range of days one statistics request may cover
 * @param healthApps the systems that count as health apps in the evaluation
 */
@Validated
@ConfigurationProperties("hotline.call-log.statistics")
record StatisticsProperties(
        @NotNull @DefaultValue("30s") Duration serviceLevelThreshold,
        @NotNull @DefaultValue("1100d") Duration longestRange,

        @NotEmpty @DefaultValue({"Min Sundhed", "MinSundhedsplatform", "Min Læge"})
        List<String> healthApps) {}
