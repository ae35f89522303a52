package dk.ddh.hotline.calllog.retention;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs retention every night (hotline.call-log.retention.schedule). */
@Component
class RetentionJob {

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${hotline.call-log.retention.schedule}", zone = "Europe/Copenhagen")
    void nightly() {
        retention.run("schedule");
    }
}
