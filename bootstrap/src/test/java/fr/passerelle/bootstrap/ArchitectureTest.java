package fr.passerelle.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency direction of the hexagon, checked a second time after the Maven modules. */
class ArchitectureTest {

    private static final JavaClasses PASSERELLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.passerelle");

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(
            jakarta.ws.rs.GET.class, jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class, jakarta.ws.rs.PATCH.class,
            jakarta.ws.rs.DELETE.class, jakarta.ws.rs.HEAD.class, jakarta.ws.rs.OPTIONS.class);

    private static final List<Class<? extends Annotation>> SECURITY_DECLARATIONS = List.of(
            jakarta.annotation.security.RolesAllowed.class, jakarta.annotation.security.PermitAll.class,
            jakarta.annotation.security.DenyAll.class, io.quarkus.security.Authenticated.class);

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("fr.passerelle.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "io.quarkus..", "org.hibernate..",
                        "io.smallrye..", "com.fasterxml..", "org.keycloak..")
                .check(PASSERELLE);
    }

    @Test
    void the_domain_knows_nothing_of_the_layers_around_it() {
        noClasses().that().resideInAPackage("fr.passerelle.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.application..", "fr.passerelle.adapters..",
                        "fr.passerelle.bootstrap..")
                .check(PASSERELLE);
    }

    @Test
    void the_application_imports_no_adapter_and_no_framework() {
        noClasses().that().resideInAPackage("fr.passerelle.application..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.adapters..", "fr.passerelle.bootstrap..",
                        "jakarta..", "io.quarkus..", "org.hibernate..")
                .check(PASSERELLE);
    }

    @Test
    void adapters_do_not_import_each_other() {
        List<String> adapters = List.of("rest", "persistence", "keycloak", "tika", "mail", "pdf");
        for (String adapter : adapters) {
            String[] others = adapters.stream().filter(other -> !other.equals(adapter))
                    .map(other -> "fr.passerelle.adapters." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("fr.passerelle.adapters." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(PASSERELLE);
        }
    }

    @Test
    void adapters_do_not_reach_into_the_wiring() {
        noClasses().that().resideInAPackage("fr.passerelle.adapters..")
                .should().dependOnClassesThat().resideInAPackage("fr.passerelle.bootstrap..")
                .check(PASSERELLE);
    }

    @Test
    void every_rest_method_declares_its_security() {
        methods().that(answerHttp()).should(declareSecurity()).check(PASSERELLE);
    }

    private static DescribedPredicate<JavaMethod> answerHttp() {
        return DescribedPredicate.describe("answer an HTTP method",
                method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith));
    }

    private static ArchCondition<JavaMethod> declareSecurity() {
        return new ArchCondition<>("declare its security on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = SECURITY_DECLARATIONS.stream().anyMatch(annotation ->
                        method.isAnnotatedWith(annotation) || method.getOwner().isAnnotatedWith(annotation));
                events.add(new SimpleConditionEvent(method, declared,
                        method.getFullName() + (declared ? " declares" : " does not declare") + " its security"));
            }
        };
    }
}
