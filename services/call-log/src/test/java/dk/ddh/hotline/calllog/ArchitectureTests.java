package dk.ddh.hotline.calllog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.ddh.hotline.test.ServiceArchitecture;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packagesOf = CallLogApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String CONTACT = "dk.ddh.hotline.calllog.contact.Contact";

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInACycle =
            ServiceArchitecture.featuresDoNotDependOnEachOtherInACycle;

    @ArchTest
    static final ArchRule controllersAreNotPublic = ServiceArchitecture.controllersAreNotPublic;

    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = ServiceArchitecture.nothingDependsOnTheDemo;

    /**
     * {@link ServiceArchitecture#repositoriesStayInsideTheirFeature} but for membership's read models, which the other
     * features read until they are behind one query interface (issue 10, typed events); then all of {@code
     * ServiceArchitecture} applies.
     */
    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .and()
            .resideOutsideOfPackage("..calllog.membership..")
            .should()
            .notBePublic();

    /** The lifecycle rules are plain Java: no framework, no database. */
    @ArchTest
    static final ArchRule theContactIsPlainJava = noClasses()
            .that()
            .haveFullyQualifiedName(CONTACT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..");

    /** The domain type never crosses the HTTP boundary: controllers answer with response records. */
    @ArchTest
    static final ArchRule controllersAnswerWithResponseRecords = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class)
            .should()
            .haveRawReturnType(CONTACT);

    /** Contacts and membership's read models know nothing of the figures built from them. */
    @ArchTest
    static final ArchRule contactsKnowNothingOfTheirReaders = noClasses()
            .that()
            .resideInAnyPackage("..calllog.contact..", "..calllog.membership..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..calllog.statistics..", "..calllog.cost..", "..calllog.retention..", "..calllog.demo..");
}
