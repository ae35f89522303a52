package dk.ddh.hotline.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** problem+json for every error a service's controllers raise. */
@AutoConfiguration
@Import(ProblemHandler.class)
public class ProblemAutoConfiguration {}
