package dk.ddh.hotline.guides;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dk.ddh.hotline.test.ServiceArchitecture;

@AnalyzeClasses(packagesOf = GuidesApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests platform = ArchTests.in(ServiceArchitecture.class);

    /**
     * Guides know members; search and courses know guides; nothing in the core knows search, courses, the public API or
     * the demo.
     */
    @ArchTest
    static final ArchRule theCoreKnowsNothingOfItsReaders = noClasses()
            .that()
            .resideInAnyPackage("..guides.guide..", "..guides.membership..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..guides.search..", "..guides.course..", "..guides.citizen..", "..guides.demo..");
}
