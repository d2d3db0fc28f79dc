package fr.passerelle.adapters.persistence.account;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Rows of {@code establishment_right} (an establishment id, then a right, from the given column on) as links. */
final class RightRows {

    private RightRows() {
    }

    /** A row whose establishment is null (an account without any link, read through an outer join) adds nothing. */
    static Map<EstablishmentId, Set<Right>> links(List<Object[]> rows, int establishmentColumn) {
        Map<EstablishmentId, Set<Right>> links = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[establishmentColumn] != null) {
                links.computeIfAbsent(new EstablishmentId((UUID) row[establishmentColumn]), establishment -> EnumSet.noneOf(Right.class))
                        .add(Right.valueOf((String) row[establishmentColumn + 1]));
            }
        }
        return links;
    }
}
