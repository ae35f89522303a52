package dk.ddh.hotline.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every service's code keeps, whichever service: packages by feature without cycles, controllers and
 * repositories inside their feature, nothing depending on the demo data. A service applies them with
 * {@code @ArchTest static final ArchTests platform = ArchTests.in(ServiceArchitecture.class);} next to its own rules.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {}

    /** The features below the service's package ({@code dk.ddh.hotline.<service>.<feature>}) form no cycle. */
    @ArchTest
    public static final ArchRule featuresDoNotDependOnEachOtherInACycle =
            slices().matching("dk.ddh.hotline.*.(*)..").should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should()
            .notBePublic();

    @ArchTest
    public static final ArchRule repositoriesStayInsideTheirFeature = classes()
            .that()
            .areAnnotatedWith("org.springframework.stereotype.Repository")
            .should()
            .notBePublic();

    /** Only the demo loader touches the demo package, and nothing production-facing depends on it. */
    @ArchTest
    public static final ArchRule nothingDependsOnTheDemo = noClasses()
            .that()
            .resideOutsideOfPackage("..demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..demo..");
}
