package dk.ddh.hotline.guides;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packagesOf = GuidesApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInACycle =
            slices().matching("dk.ddh.hotline.guides.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersAreNotPublic =
            classes().that().areAnnotatedWith(RestController.class).should().notBePublic();

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature =
            classes().that().areAnnotatedWith(Repository.class).should().notBePublic();

    /**
     * Guides know members; search and courses know guides; nothing in the core knows search, courses, the public API or
     * the demo.
     */
    @ArchTest
    static final ArchRule theCoreKnowsNothingOfItsReaders = noClasses()
            .that()
            .resideInAnyPackage("..guides.guide..", "..guides.member..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..guides.search..", "..guides.course..", "..guides.citizen..", "..guides.demo..");

    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = noClasses()
            .that()
            .resideOutsideOfPackage("..guides.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..guides.demo..");
}
