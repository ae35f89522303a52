package dk.ddh.hotline.calllog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dk.ddh.hotline.test.ServiceArchitecture;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packagesOf = CallLogApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String CONTACT = "dk.ddh.hotline.calllog.contact.Contact";

    @ArchTest
    static final ArchTests platform = ArchTests.in(ServiceArchitecture.class);

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
