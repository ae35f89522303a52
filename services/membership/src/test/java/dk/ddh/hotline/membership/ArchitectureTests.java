package dk.ddh.hotline.membership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packagesOf = MembershipApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInACycle =
            slices().matching("dk.ddh.hotline.membership.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersAreNotPublic =
            classes().that().areAnnotatedWith(RestController.class).should().notBePublic();

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature =
            classes().that().areAnnotatedWith(Repository.class).should().notBePublic();

    /** Members know nothing of lines and agents: those hang off members, never the other way round. */
    @ArchTest
    static final ArchRule membersDoNotKnowLinesOrAgents = noClasses()
            .that()
            .resideInAPackage("..membership.member..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..membership.line..", "..membership.agent..", "..membership.demo..");

    /** Only the demo loader touches the demo package, and nothing production-facing depends on it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = noClasses()
            .that()
            .resideOutsideOfPackage("..membership.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..membership.demo..");
}
