package dk.ddh.hotline.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service built on the support library, as every real service is: the subject of the library's tests. It
 * scans only the sample, so the library's own beans come in through auto-configuration as in a real service.
 */
@SpringBootApplication(scanBasePackages = "dk.ddh.hotline.support.sample")
class SampleApplication {}
