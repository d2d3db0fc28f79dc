package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.adapters.rest.shared.Parameters;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.application.dossier.DossierSearch;
import fr.passerelle.application.dossier.EmployeePage;
import fr.passerelle.application.dossier.ListEmployees;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.shared.EstablishmentId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The employee register of an establishment's company, which a dossier's trainees are chosen from. */
@Path("/api/v1/establishments/{establishmentId}/employees")
@Produces(MediaType.APPLICATION_JSON)
class EmployeeRegisterResource {

    private final ListEmployees employees;
    private final JsonWebToken token;

    EmployeeRegisterResource(ListEmployees employees, JsonWebToken token) {
        this.employees = employees;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public EmployeePageResponse list(@PathParam("establishmentId") String establishmentId, @QueryParam("q") String words,
                                     @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        EstablishmentId establishment = Parameters.parse("establishmentId", establishmentId,
                        text -> new EstablishmentId(UUID.fromString(text)))
                .orElseThrow(() -> new ResourceNotFoundException("Cet établissement n’existe pas ou ne vous est pas accessible."));
        return EmployeePageResponse.from(employees.employees(TokenCaller.from(token), establishment, DossierSearch.wordsOf(words),
                Pages.request(limit, cursor)));
    }

    record EmployeePageResponse(List<Item> items, String nextCursor) {

        record Item(UUID id, String lastName, String firstName, LocalDate birthDate, SocioProfessionalCategory category,
                    EmploymentContractType contractType) {
        }

        static EmployeePageResponse from(EmployeePage page) {
            return new EmployeePageResponse(page.items().stream()
                    .map(employee -> new Item(employee.id().value(), employee.lastName(), employee.firstName(), employee.birthDate(),
                            employee.category(), employee.contractType()))
                    .toList(), page.nextCursor().orElse(null));
        }
    }
}
