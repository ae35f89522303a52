package dk.ddh.hotline.membership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dk.ddh.hotline.test.ServiceArchitecture;

@AnalyzeClasses(packagesOf = MembershipApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests platform = ArchTests.in(ServiceArchitecture.class);

    /** Members know nothing of lines and agents: those hang off members, never the other way round. */
    @ArchTest
    static final ArchRule membersDoNotKnowLinesOrAgents = noClasses()
            .that()
            .resideInAPackage("..membership.member..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..membership.line..", "..membership.agent..", "..membership.demo..");
}
