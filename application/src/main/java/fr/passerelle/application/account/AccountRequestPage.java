package fr.passerelle.application.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of staff's queue of account requests; the cursor, when present, reads the next page. */
public record AccountRequestPage(List<AccountRequest> items, Optional<String> nextCursor) {

    public AccountRequestPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
