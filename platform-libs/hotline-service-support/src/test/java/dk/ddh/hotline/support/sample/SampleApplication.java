package dk.ddh.hotline.support.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the support library, as every real service is: the subject of its tests. */
@SpringBootApplication
class SampleApplication {}
